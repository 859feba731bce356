// Test-server routes for real-HTTP loading tests. Every response a film source
// can meet in the wild is reproducible here by URL:
//   /api/fixture/NAME.json[?delay=MS][&type=CONTENT-TYPE]  a file from test/fixtures/
//   /api/status/CODE                                        an empty error response
//   /api/bad-json                                           a 200 whose body is not JSON
//   /api/hits?path=PATH                                     how many times PATH was requested
// Counting lets tests prove how many requests the elements really made.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const hits = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function apiRoutes(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();

  if (ctx.path === '/api/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: hits.get(ctx.query.path) ?? 0 });
    return;
  }
  hits.set(ctx.url, (hits.get(ctx.url) ?? 0) + 1);

  const delay = Number(ctx.query.delay ?? 0);
  if (delay > 0) await sleep(Math.min(delay, 30_000));

  const status = /^\/api\/status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = '';
    return;
  }

  if (ctx.path === '/api/bad-json') {
    ctx.type = 'application/json';
    ctx.body = '{"title": "Broken';
    return;
  }

  const fixture = /^\/api\/fixture\/([\w.-]+\.json)$/.exec(ctx.path);
  if (fixture) {
    try {
      ctx.body = await readFile(fixtures + fixture[1], 'utf8');
      ctx.type = ctx.query.type ?? 'application/json';
    } catch {
      ctx.status = 404;
    }
    return;
  }

  ctx.status = 404;
}
