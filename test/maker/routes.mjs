// Test-server routes that turn what an author copies out of the card maker, or what the command
// line prints, into pages of their own, as the author's site would serve them:
//   POST /maker/page   { kind: 'html', code }   a page with the HTML in its body
//                      { kind: 'react', code }  the React component compiled by esbuild (JSX), in a
//                                               page that renders it with react-dom
//                      { kind: 'vue', code }    the Vue single-file component compiled by Vue's own
//                                               compiler, in a page that mounts it
//                      answers { url } of the page, served until the test server stops
//   GET /cli/render?file=PATH&arg=A&arg=B...     runs `node bin/film-cards.mjs render PATH A B...` and
//                                               answers { status, stdout, stderr }; PATH is a file of
//                                               this repository
//   GET /eleventy/site/PATH                      the example site (examples/eleventy) as Eleventy builds
//                                               it, built on the first request into a temporary folder;
//                                               /eleventy/site/build.json is Eleventy's { status, stdout, stderr }
//   GET /built-site/any/path/PATH                `npm run build:site`'s folder, built on the first request into
//                                               a temporary folder and served below a path it was not built for;
//                                               /built-site/build.json is the build's { status, stdout, stderr }
// Compiled code imports the package by its published names ('film-cards', 'film-cards/react');
// here they point at the sources, and React and Vue at browser builds the test server has.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const pages = new Map();
let count = 0;

/** Where the browser finds each import a copied output makes. */
const importMap = {
  imports: {
    'film-cards': '/src/index.ts',
    'film-cards/react': '/src/react/index.ts',
    react: '/__react-esm__/react.js',
    'react/jsx-runtime': '/__react-esm__/react/jsx-runtime.js',
    'react-dom/client': '/__react-esm__/react-dom/client.js',
    vue: '/node_modules/vue/dist/vue.esm-browser.js',
  },
};

const page = (body, head = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>film-cards: a page an author made</title>
    ${head}
  </head>
  <body>
${body}
  </body>
</html>
`;

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/** The React output: JSX compiled as an app's bundler would, then rendered by react-dom. */
async function reactPage(code) {
  // esbuild comes with the test runner's TypeScript plugin.
  const { transform } = createRequire(require.resolve('@web/dev-server-esbuild'))('esbuild');
  const compiled = await transform(code, { loader: 'jsx', jsx: 'automatic', format: 'esm' });
  const key = `m${(count += 1)}`;
  pages.set(`/maker/module/${key}.js`, { type: 'text/javascript', body: compiled.code });
  return page(
    '    <div id="app"></div>',
    `<script type="importmap">${JSON.stringify(importMap)}</script>
    <script type="module">
      import { createElement } from 'react';
      import { createRoot } from 'react-dom/client';
      import * as made from '/maker/module/${key}.js';
      const Component = Object.values(made).find((value) => typeof value === 'function');
      createRoot(document.getElementById('app')).render(createElement(Component));
    </script>`,
  );
}

/** The Vue output: the single-file component compiled by @vue/compiler-sfc, then mounted. */
function vuePage(code) {
  const { parse, compileScript } = require('@vue/compiler-sfc');
  const { descriptor, errors } = parse(code, { filename: 'Film.vue' });
  if (errors.length) throw new Error(`the Vue file does not parse: ${errors.map(String).join('; ')}`);
  const isCustomElement = (tag) => tag.includes('-');
  const script = compileScript(descriptor, {
    id: 'film',
    inlineTemplate: true,
    templateOptions: { compilerOptions: { isCustomElement } },
  });
  const key = `m${(count += 1)}`;
  pages.set(`/maker/module/${key}.js`, { type: 'text/javascript', body: script.content });
  return page(
    '    <div id="app"></div>',
    `<script type="importmap">${JSON.stringify(importMap)}</script>
    <script type="module">
      import { createApp } from 'vue';
      import Film from '/maker/module/${key}.js';
      createApp(Film).mount('#app');
    </script>`,
  );
}

function runCli(query) {
  const file = resolve(root, String(query.get('file') ?? ''));
  if (relative(root, file).startsWith('..') || !existsSync(file)) {
    throw new Error('?file= names a file of this repository');
  }
  const args = ['bin/film-cards.mjs', 'render', file, ...query.getAll('arg')];
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs a Node.js script of this repository once per test run, writing into a new temporary folder. */
function builder(name, args) {
  let built;
  return () =>
    (built ??= new Promise((done) => {
      const output = mkdtempSync(join(tmpdir(), `film-cards-${name}-`));
      execFile(process.execPath, args(output), { cwd: root, encoding: 'utf8' }, (error, stdout, stderr) =>
        done({ output, build: { status: error ? (error.code ?? 1) : 0, stdout, stderr } }),
      );
    }));
}

const builds = {
  '/eleventy/site/': builder('eleventy', (output) => [
    join(root, 'node_modules/@11ty/eleventy/cmd.cjs'),
    '--config=examples/eleventy/eleventy.config.js',
    `--output=${output}`,
    '--quiet',
  ]),
  '/built-site/': builder('site', (output) => [join(root, 'scripts/build-site.mjs'), '--out', output]),
};

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A file of a built folder: /built-site/build.json is the build's log, any other path a file in it. */
async function serveBuilt(ctx, prefix) {
  const { output, build } = await builds[prefix]();
  let path = ctx.path.slice(prefix.length);
  if (path === 'build.json') {
    ctx.body = build;
    return;
  }
  // The built site is served below /built-site/any/path/, a path it knows nothing of.
  if (prefix === '/built-site/') path = path.replace(/^any\/path\//, '');
  const file = resolve(output, path || 'index.html');
  if (relative(output, file).startsWith('..') || !existsSync(file)) {
    ctx.status = 404;
    return;
  }
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.body = await readFile(file);
}

export async function makerRoutes(ctx, next) {
  for (const prefix of Object.keys(builds)) {
    if (ctx.path.startsWith(prefix)) return serveBuilt(ctx, prefix);
  }
  if (ctx.method === 'POST' && ctx.path === '/maker/page') {
    try {
      const { kind, code } = await readJson(ctx.req);
      const html = kind === 'react' ? await reactPage(code) : kind === 'vue' ? vuePage(code) : page(code);
      const url = `/maker/page/p${(count += 1)}.html`;
      pages.set(url, { type: 'text/html', body: html });
      ctx.body = { url };
    } catch (error) {
      ctx.status = 400;
      ctx.body = { error: String(error.message) };
    }
    return;
  }
  if (pages.has(ctx.path)) {
    const { type, body } = pages.get(ctx.path);
    ctx.type = type;
    ctx.body = body;
    return;
  }
  if (ctx.path === '/cli/render') {
    ctx.body = await runCli(new URLSearchParams(ctx.querystring));
    return;
  }
  return next();
}
