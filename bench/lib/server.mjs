// A tiny static server for the benchmark pages. It lives inside the runner so that the
// numbers depend on nothing but this repository, and it counts requests per URL so the
// network figures come from the server's side, where the browser's cache cannot hide them.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serves `root` (the repository) read-only, plus:
 *   /film/<id>.json            film number <id>, as a JSON API would answer
 *   /generated/<name>          a body registered at run time with `provide()`, or by
 *                              `provideBundle()`: film-cards.js and its film-cards-*.js chunks
 * Every URL takes ?delay=MS.
 */
export async function startServer({ root, film }) {
  const counts = new Map();
  const generated = new Map();

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    counts.set(url.pathname + url.search, (counts.get(url.pathname + url.search) ?? 0) + 1);
    try {
      // Any URL takes ?delay=MS: a slow API, or a slow CDN for the bundle.
      await sleep(Number(url.searchParams.get('delay')) || 0);
      if (url.pathname.startsWith('/film/')) {
        const id = decodeURIComponent(url.pathname.slice('/film/'.length).replace(/\.json$/, ''));
        // no-store: a request the element avoids must be avoided by the element, not the cache.
        return send(request, response, 200, types['.json'], JSON.stringify(film(id)), {
          'cache-control': 'no-store',
        });
      }
      if (generated.has(url.pathname)) {
        const [type, body] = generated.get(url.pathname);
        return send(request, response, 200, type, body);
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) return send(request, response, 403, 'text/plain', 'outside the root');
      const body = await readFile(path);
      return send(request, response, 200, types[extname(path)] ?? 'application/octet-stream', body);
    } catch {
      return send(request, response, 404, 'text/plain', 'not found');
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const provide = (pathname, type, body) => generated.set(pathname, [type, body]);
  return {
    origin: `http://127.0.0.1:${port}`,
    provide,
    /**
     * The drop-in bundle as /generated/film-cards.js, and the chunks it loads on demand next to it
     * (film-cards-NAME-HASH.js), whatever the bundle file is called.
     * @param {string} bundleFile
     */
    provideBundle(bundleFile) {
      const type = types['.js'];
      provide('/generated/film-cards.js', type, readFileSync(bundleFile));
      const bundleName = basename(bundleFile, '.js');
      for (const file of readdirSync(dirname(bundleFile)))
        if (file.startsWith(`${bundleName}-`) && file.endsWith('.js'))
          provide(
            `/generated/${file.replace(bundleName, 'film-cards')}`,
            type,
            readFileSync(join(dirname(bundleFile), file)),
          );
    },
    /** Requests so far for the URLs (path and query) that `match` accepts. */
    hits: (match) => [...counts].reduce((sum, [url, count]) => (match(url) ? sum + count : sum), 0),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Text goes out gzipped, as from any web server: the phone suite's throttled network carries
// compressed bytes. (Chromium asks for brotli over HTTPS only; page sizes are reported in brotli.)
const compressed = new WeakMap();
function send(request, response, status, type, body, headers = {}) {
  if (/gzip/.test(request.headers['accept-encoding'] ?? '') && /text|json|javascript|svg/.test(type)) {
    const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
    let gz = typeof body === 'object' ? compressed.get(body) : undefined;
    if (!gz) {
      gz = gzipSync(buffer, { level: 6 });
      if (typeof body === 'object') compressed.set(body, gz);
    }
    response.writeHead(status, {
      'content-type': type,
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
      ...headers,
    });
    return response.end(gz);
  }
  response.writeHead(status, { 'content-type': type, ...headers });
  response.end(body);
}
