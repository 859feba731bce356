// Test-server route for the drop-in bundle served from a deep path, as a CDN or a self-hosted copy
// serves it: /cdn/VERSION/dist/FILE.js is dist/FILE.js (built by `npm run build`), byte for byte.
// A copy with one chunk missing: /cdn/without-NAME/dist/ answers 404 for film-cards-NAME-*.js;
// a slow one: /cdn/slow-NAME/dist/ answers film-cards-NAME-*.js a second late.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export async function cdnRoutes(ctx, next) {
  const match = /^\/cdn\/[\w.@-]+\/dist\/(film-cards[\w-]*\.js)$/.exec(ctx.path);
  if (!match) return next();
  const missing = /^\/cdn\/without-([\w-]+)\//.exec(ctx.path)?.[1];
  if (missing && match[1].startsWith(`film-cards-${missing}-`)) {
    ctx.status = 404;
    return;
  }
  const slow = /^\/cdn\/slow-([\w-]+)\//.exec(ctx.path)?.[1];
  if (slow && match[1].startsWith(`film-cards-${slow}-`))
    await new Promise((resolve) => setTimeout(resolve, 1000));
  try {
    ctx.body = await readFile(`${dist}${match[1]}`);
    ctx.type = 'text/javascript';
  } catch {
    ctx.status = 404;
  }
}
