import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { entries } from '../scripts/entries.mjs';

// Stories import the package by its public names; here those names lead to the sources.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  resolve: {
    alias: Object.entries(entries).map(([name, source]) => ({ find: new RegExp(`^${name}$`), replacement: root + source })),
  },
});
