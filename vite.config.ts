import { existsSync, readdirSync, rmSync } from 'node:fs';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { entries } from './scripts/entries.mjs';
import { languageChunks } from './scripts/language-chunks.mjs';
import { minifyCssTemplates } from './scripts/minify-css.mjs';

// Library mode keeps Vite's preload helper (about 1 KB) out of the drop-in bundle, but leaves its
// ES output unminified for bundlers; this file goes straight to browsers, so it is minified here.
const minifyChunks: Plugin = {
  name: 'film-cards:minify-chunks',
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk')
        chunk.code = (
          await transform(chunk.code, {
            minify: true,
            format: 'esm',
            target: 'es2022',
            legalComments: 'none',
          })
        ).code;
  },
};

// The module that prepares the page does its work on import, before the elements are defined;
// the package's `sideEffects` list covers the npm files only, so it is kept here by name.
const keepPageReady: Plugin = {
  name: 'film-cards:keep-page-ready',
  transform: (code, id) =>
    id.endsWith('/src/shared/page-ready.ts') ? { code, map: null, moduleSideEffects: true } : undefined,
};

// The bundle build adds to dist/ without emptying it (the npm build is there): its chunks from an
// earlier build are removed first, so that only the chunks the entry imports are left.
const removeOldChunks: Plugin = {
  name: 'film-cards:remove-old-chunks',
  buildStart() {
    if (!existsSync('dist')) return;
    for (const name of readdirSync('dist', { withFileTypes: true }))
      if (name.isFile() && /^film-cards-.*\.js$/.test(name.name)) rmSync(`dist/${name.name}`);
  },
};

// `vite build` makes the npm build: one ES module per source file with Lit
// left as a dependency. `vite build --mode bundle` adds dist/film-cards.js:
// the drop-in bundle with Lit inlined, for a single script tag.
// `vite` serves the demo page (index.html).
export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
        plugins: [
          minifyCssTemplates(),
          languageChunks(import.meta.dirname),
          keepPageReady,
          minifyChunks,
          removeOldChunks,
        ],
        // Chunks split off by a dynamic import() are fetched next to the entry file, wherever it
        // is served from (a CDN or a self-hosted copy): the browser resolves `import('./x.js')`
        // against the importing module's URL, and a relative base keeps Vite from rewriting
        // those paths from the site root. No preload helper: it would resolve against the page.
        base: './',
        // Read by src/shared/page-ready.ts: only the drop-in bundle waits a task to define.
        define: { __DROP_IN_BUNDLE__: 'true' },
        build: {
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          lib: { entry: 'src/register.ts', formats: ['es'] },
          rollupOptions: {
            // Modules shared by the entry and a chunk stay in the entry, which exports them to the
            // chunk: a chunk of their own would cost every page a second request.
            preserveEntrySignatures: 'allow-extension',
            output: {
              format: 'es',
              entryFileNames: 'film-cards.js',
              // Modules made here for the language chunks have ids that start with a NUL byte.
              chunkFileNames: ({ name }) => `film-cards-${name.replace(/^_/, '')}-[hash].js`,
            },
          },
        },
      }
    : {
        plugins: [minifyCssTemplates()],
        build: {
          target: 'es2022',
          minify: false,
          lib: { entry: Object.values(entries), formats: ['es'] },
          rollupOptions: {
            // Lit, @lit/react, Lit's server renderer and React stay imports: the app's bundler
            // dedupes them with its own copy.
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
