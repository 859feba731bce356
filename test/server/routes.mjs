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
//   POST /api/stash  (a JSON array)                         keeps each item, answers { keys }: payloads a test builds, served by
//   /api/stash/KEY[?type=CONTENT-TYPE]                      ... this route, as JSON (a string item is sent as it is)
//   /api/title?t=TEXT                                       { "title": TEXT }: a film whose title the URL chooses
//   /api/fail-once?key=KEY[&t=TEXT]                         a 500 the first time KEY is asked for, then { "title": TEXT }
//   /api/busy-once?key=KEY                                  a 200 with OMDb's "Request limit reached!" answer the first time KEY
//                                                           is asked for, then the omdb-parasite.json fixture
//   /api/film?t=TEXT&bytes=N                                a film (own shape) whose answer is N bytes: a title and a long synopsis-sized filler
//   /api/cut?bytes=N[&chunked=1]                            promises N bytes of JSON, sends half, then drops the connection
//   /api/drip?ms=MS                                         valid JSON sent one byte every MS milliseconds
//   /api/csp/NAME.html[?trusted-types=NAMES]                test/hardening/csp/NAME.html under a strict Content-Security-Policy
// Any route takes ?delay=MS. Counting lets tests prove how many requests the elements really made,
// and the aborted count that they cancelled the ones they no longer needed. Tests add a unique
// query (?case=...) to their URLs, so counts never mix between tests.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const cspPages = fileURLToPath(new URL('../hardening/csp/', import.meta.url));
const hits = new Map();
const aborted = new Map();
const stash = new Map();
const failedOnce = new Set();
/** What test/hardening/csp.test.ts holds the library to: no inline script or style, Trusted Types for every script sink. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'";

async function readBody(req, limit = 50_000_000) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    if ((size += chunk.length) > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  // Decoded whole: a character split between two chunks stays one character.
  return Buffer.concat(chunks).toString('utf8');
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function apiRoutes(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();

  if (ctx.path === '/api/stash' && ctx.method === 'POST') {
    const items = JSON.parse(await readBody(ctx.req));
    const keys = items.map((item) => {
      const key = String(stash.size + 1);
      stash.set(key, typeof item === 'string' ? item : JSON.stringify(item));
      return key;
    });
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ keys });
    return;
  }

  if (ctx.path === '/api/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      count: hits.get(ctx.query.path) ?? 0,
      aborted: aborted.get(ctx.query.path) ?? 0,
    });
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
  // The client gave up while we waited. Nothing can be sent; a status other than koa's default 404
  // keeps the test runner from listing it as a missing file.
  if (ctx.res.destroyed) return void (ctx.status = 204);

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
    ctx.status = 204; // never sent: only so the test runner does not list it as a missing file
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

  const stashed = /^\/api\/stash\/(\d+)$/.exec(ctx.path);
  if (stashed) {
    if (!stash.has(stashed[1])) return void (ctx.status = 404);
    ctx.body = stash.get(stashed[1]);
    ctx.type = ctx.query.type ?? 'application/json';
    return;
  }

  if (ctx.path === '/api/title') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ title: String(ctx.query.t ?? '') });
    return;
  }

  if (ctx.path === '/api/fail-once') {
    const once = String(ctx.query.key);
    if (!failedOnce.has(once)) {
      failedOnce.add(once);
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ title: String(ctx.query.t ?? 'Second time lucky') });
    return;
  }

  if (ctx.path === '/api/busy-once') {
    const once = `busy:${ctx.query.key}`;
    ctx.type = 'application/json';
    if (!failedOnce.has(once)) {
      failedOnce.add(once);
      // What OMDb (omdbapi.com) answers, with HTTP 200, once a key's daily request limit is used up.
      ctx.body = '{"Response":"False","Error":"Request limit reached!"}';
      return;
    }
    ctx.body = await readFile(fixtures + 'omdb-parasite.json', 'utf8');
    return;
  }

  if (ctx.path === '/api/film') {
    // A film with a field no adapter reads, as large as asked: what an API with long credits sends, in bulk.
    const bytes = Math.min(Number(ctx.query.bytes) || 0, 50_000_000);
    const title = JSON.stringify(String(ctx.query.t ?? 'Large'));
    const head = `{"title":${title},"extra":"`;
    ctx.type = 'application/json';
    ctx.body = `${head}${'x'.repeat(Math.max(bytes - head.length - 2, 0))}"}`;
    return;
  }

  if (ctx.path === '/api/cut') {
    const bytes = Math.min(Number(ctx.query.bytes) || 1000, 50_000_000);
    const body = `{"title":"Cut short","x":"${'x'.repeat(Math.max(bytes - 30, 0))}"}`;
    ctx.respond = false;
    const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
    if (!ctx.query.chunked) headers['content-length'] = String(Buffer.byteLength(body));
    ctx.res.writeHead(200, headers);
    ctx.res.write(body.slice(0, body.length >> 1));
    // Long enough for the headers and the first half to reach the client, then the connection dies.
    setTimeout(() => ctx.res.destroy(), 100);
    return;
  }

  if (ctx.path === '/api/drip') {
    const ms = Math.max(Number(ctx.query.ms) || 100, 1);
    const body = '{"title":"Drip, drip"}';
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        for (const char of body) {
          yield char;
          await sleep(ms);
        }
      })(),
    );
    return;
  }

  const csp = /^\/api\/csp\/([\w-]+\.html)$/.exec(ctx.path);
  if (csp) {
    try {
      ctx.body = await readFile(cspPages + csp[1], 'utf8');
    } catch {
      return void (ctx.status = 404);
    }
    // Served as written: this route never calls next(), so the test runner injects none of its scripts.
    const named = ctx.query['trusted-types'];
    ctx.set('Content-Security-Policy', named ? `${strictPolicy}; trusted-types ${named}` : strictPolicy);
    ctx.type = 'text/html';
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
