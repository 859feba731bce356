// Test-server routes that render cards in Node.js with renderFilmCard(), as a static site build
// does, so that browser tests can load the result. The sources are compiled for Node.js on the
// first request (restart the test runner to pick up changes to src/):
//   /ssr/film/NAME.json[?case=ID]   a film from test/ssr/films/, counting every request for it
//   /ssr/hits?path=URL              { count }: requests so far for that film URL
//   /ssr/html?film=NAME[&OPTIONS]   the HTML renderFilmCard() returns for that film; its warnings
//                                   in the header x-warnings, as a JSON array
//   /ssr/page?film=NAME[&OPTIONS]   a whole page around that HTML: an inline script that records
//                                   what the page looks like before any element code runs, then
//                                   the elements with Lit's hydration support (test/ssr/hydrate.ts)
// OPTIONS: case=ID (kept in the film URL, so that counts never mix between tests), lang,
// json-ld=1, fallback=0, variant, region, base. Like a build script, the routes fetch the film
// over HTTP, so a test can tell the server's one request from any the browser would add.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const films = join(root, 'test/ssr/films');
const hits = new Map();
let module;

/** Compiles src/ssr for Node.js once per test run, with every package left to Node.js to resolve. */
function ssrModule() {
  module ??= (async () => {
    // esbuild comes with the test runner's TypeScript plugin; resolving it from there keeps this file
    // independent of how npm lays out node_modules.
    const plugin = createRequire(import.meta.url).resolve('@web/dev-server-esbuild');
    const { build } = createRequire(plugin)('esbuild');
    // Inside node_modules so that the output's bare imports (lit, @lit-labs/ssr) resolve from here;
    // one file per process, as test runs may overlap.
    const outfile = join(root, 'node_modules/.cache/film-cards', `ssr-${process.pid}-${Date.now()}.mjs`);
    await mkdir(dirname(outfile), { recursive: true });
    await build({
      entryPoints: [join(root, 'src/ssr/index.ts')],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
    try {
      return await import(pathToFileURL(outfile).href);
    } finally {
      await rm(outfile, { force: true });
    }
  })();
  return module;
}

async function renderFromQuery(ctx) {
  const { query } = ctx;
  if (!/^[\w-]+$/.test(query.film ?? '')) throw new Error('?film=NAME names a file in test/ssr/films/');
  const url = `/ssr/film/${query.film}.json${query.case ? `?case=${encodeURIComponent(query.case)}` : ''}`;
  const response = await fetch(new URL(url, ctx.origin));
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  const film = await response.json();
  const { renderFilmCard } = await ssrModule();
  const warnings = [];
  const html = renderFilmCard(film, {
    lang: query.lang,
    jsonLd: query['json-ld'] === '1',
    fallback: query.fallback !== '0',
    base: query.base ?? `${ctx.origin}/`,
    attributes: { variant: query.variant, region: query.region },
    warn: (message) => warnings.push(message),
  });
  return { html, warnings };
}

// Runs in the page before anything else: every error and warning, from the first byte on.
const recordErrors = `
  window.pageErrors = [];
  addEventListener('error', (event) => pageErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      pageErrors.push(level + ': ' + args.map(String).join(' '));
      original.apply(console, args);
    };
  }`;

// Runs as soon as the card's HTML is parsed, before any element is defined: what a reader sees
// without JavaScript, and a record of every node the upgrade removes or text it changes.
const probe = `
  const card = document.querySelector('film-card');
  const shadowRoots = (node) => [...(node?.querySelectorAll('*') ?? [])].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...shadowRoots(el.shadowRoot)] : []));
  const roots = card.shadowRoot ? [card.shadowRoot, ...shadowRoots(card.shadowRoot)] : [];
  const title = card.shadowRoot?.querySelector('[part~="title"]');
  window.probe = {
    defined: ['film-card', 'rating-badge', 'watch-availability', 'watchlist-button'].filter((tag) => customElements.get(tag)),
    hosts: roots.map((root) => root.host.localName),
    title,
    titleText: title?.textContent.trim(),
    height: card.getBoundingClientRect().height,
    changes: [],
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) probe.changes.push('removed ' + node.nodeName + ' from ' + record.target.nodeName);
      if (record.type === 'characterData') probe.changes.push('text "' + record.oldValue + '" became "' + record.target.data + '"');
    }
  });
  for (const root of [card, ...roots]) observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });`;

export async function ssrRoutes(ctx, next) {
  if (!ctx.path.startsWith('/ssr/')) return next();

  if (ctx.path === '/ssr/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: hits.get(ctx.query.path) ?? 0 });
    return;
  }

  const film = /^\/ssr\/film\/([\w-]+\.json)$/.exec(ctx.path);
  if (film) {
    hits.set(ctx.url, (hits.get(ctx.url) ?? 0) + 1);
    ctx.set('Cache-Control', 'no-store');
    try {
      ctx.body = await readFile(join(films, film[1]), 'utf8');
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
    }
    return;
  }

  if (ctx.path !== '/ssr/html' && ctx.path !== '/ssr/page') return next();
  let html, warnings;
  try {
    ({ html, warnings } = await renderFromQuery(ctx));
  } catch (error) {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = error.message;
    return;
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.set('x-warnings', JSON.stringify(warnings));
  ctx.type = 'text/html';
  ctx.body =
    ctx.path === '/ssr/html'
      ? html
      : `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A server-rendered card</title>
    <script>${recordErrors}</script>
  </head>
  <body>
    ${html}
    <script>${probe}</script>
    <script type="module" src="/test/ssr/hydrate.ts"></script>
  </body>
</html>`;
}
