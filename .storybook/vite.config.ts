import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { entries } from '../scripts/entries.mjs';

// Stories import the package by its public names; here those names lead to the sources.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  resolve: {
    alias: Object.entries(entries).map(([name, source]) => ({
      find: new RegExp(`^${name}$`),
      replacement: root + source,
    })),
  },
  optimizeDeps: {
    // Storybook's renderer is served unbundled and imports this helper; unless it is pre-bundled with
    // the rest of Lit, the dev server loads a second copy of lit-html beside the one the stories use.
    include: ['lit/directive-helpers.js'],
  },
});
