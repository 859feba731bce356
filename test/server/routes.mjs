// Test-server routes for real-HTTP loading tests. Every response a film source
// can meet in the wild is reproducible here by URL:
//   /api/fixture/NAME.json[?delay=MS][&type=CONTENT-TYPE]  a file from test/fixtures/
//   /api/private/NAME.json                                  the same, but 401 without the header x-film-key: open-sesame
//   /api/flaky/NAME.json                                    the same, but a 503 the first time each URL is asked for
//   /api/status/CODE                                        an empty error response
//   /api/bad-json                                           a 200 whose body is not JSON
//   /api/html                                               a 200 web page, as a site's catch-all route sends
//   /api/huge?bytes=N[&chunked=1]                           N bytes of valid JSON, with a Content-Length or streamed without one
//   /api/drop                                               the connection closes without an answer
//   /api/hits?path=PATH                                     { count, aborted }: requests for PATH, and how many the client gave up on
// Any route takes ?delay=MS. Counting lets tests prove how many requests the elements really made,
// and the aborted count that they cancelled the ones they no longer needed. Tests add a unique
// query (?case=...) to their URLs, so counts never mix between tests.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const hits = new Map();
const aborted = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function apiRoutes(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();

  if (ctx.path === '/api/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: hits.get(ctx.query.path) ?? 0, aborted: aborted.get(ctx.query.path) ?? 0 });
    return;
  }
  // Every request must reach the counter, never the browser's cache. The test runner marks any
  // path with an extension (our .json fixtures) as cacheable for a year once we return, so its
  // header is refused here.
  ctx.set('Cache-Control', 'no-store');
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => (/^cache-control$/i.test(field) ? undefined : set(field, value));
  const key = ctx.url;
  hits.set(key, (hits.get(key) ?? 0) + 1);
  // A client that cancels closes the connection before the answer is complete.
  ctx.res.on('close', () => {
    if (!ctx.res.writableFinished) aborted.set(key, (aborted.get(key) ?? 0) + 1);
  });

  const delay = Number(ctx.query.delay ?? 0);
  if (delay > 0) await sleep(Math.min(delay, 30_000));
  if (ctx.res.destroyed) return;

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

  if (ctx.path === '/api/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><p>This page does not exist.</p>';
    return;
  }

  if (ctx.path === '/api/drop') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }

  if (ctx.path === '/api/huge') {
    const bytes = Math.min(Number(ctx.query.bytes) || 0, 50_000_000);
    const filler = 'x'.repeat(Math.max(bytes - 20, 0));
    const body = `{"title":"Huge","x":"${filler}"}`;
    ctx.type = 'application/json';
    if (ctx.query.chunked) {
      // Streamed in 64 KB pieces with no Content-Length, so only counting while reading can catch it.
      ctx.body = Readable.from(
        (function* () {
          for (let i = 0; i < body.length; i += 65_536) yield body.slice(i, i + 65_536);
        })(),
      );
    } else {
      ctx.body = body;
    }
    return;
  }

  const fixture = /^\/api\/(fixture|private|flaky)\/([\w.-]+\.json)$/.exec(ctx.path);
  if (fixture) {
    if (fixture[1] === 'private' && ctx.get('x-film-key') !== 'open-sesame') {
      ctx.status = 401;
      return;
    }
    if (fixture[1] === 'flaky' && hits.get(key) === 1) {
      ctx.status = 503;
      return;
    }
    try {
      ctx.body = await readFile(fixtures + fixture[2], 'utf8');
      ctx.type = ctx.query.type ?? 'application/json';
    } catch {
      ctx.status = 404;
    }
    return;
  }

  ctx.status = 404;
}
