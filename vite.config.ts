import { defineConfig, type Plugin } from 'vite';
import { entries } from './scripts/entries.mjs';
import { minifyCssTemplates } from './scripts/minify-css.mjs';

// The bundle's hydration module does its work on import, before the elements are defined; the
// package's `sideEffects` list covers the npm files only, so it is kept here by name.
const keepHydration: Plugin = {
  name: 'film-cards:keep-hydration',
  transform: (code, id) =>
    id.endsWith('/src/shared/hydration.ts') ? { code, map: null, moduleSideEffects: true } : undefined,
};

// `vite build` makes the npm build: one ES module per source file with Lit
// left as a dependency. `vite build --mode bundle` adds dist/film-cards.js:
// the drop-in bundle with Lit inlined, for a single script tag.
// `vite` serves the demo page (index.html).
export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
        plugins: [minifyCssTemplates(), keepHydration],
        // Chunks split off by a dynamic import() are fetched next to the entry file, wherever it
        // is served from (a CDN or a self-hosted copy): the browser resolves `import('./x.js')`
        // against the importing module's URL, and a relative base keeps Vite from rewriting
        // those paths from the site root. No preload helper: it would resolve against the page.
        base: './',
        build: {
          emptyOutDir: false,
          target: 'es2022',
          modulePreload: false,
          // Not library mode: Vite keeps library ES output unminified for
          // bundlers, but this file goes straight to browsers.
          rollupOptions: {
            input: 'src/register.ts',
            preserveEntrySignatures: 'strict',
            output: {
              format: 'es',
              entryFileNames: 'film-cards.js',
              chunkFileNames: 'film-cards-[name]-[hash].js',
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
