// Builds the demo page and the card maker into site/, a static folder that works from any path of
// any web server (every URL in it is relative), or from a zip on a laptop served by any static server.
//   node scripts/build-site.mjs [--out DIR]   (npm run build:site)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { minifyCssTemplates } from './minify-css.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const out = resolve(root, outIndex > 0 ? (process.argv[outIndex + 1] ?? 'site') : 'site');

rmSync(out, { recursive: true, force: true });
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  // Relative URLs for every asset, so the folder can be served from any path.
  base: './',
  plugins: [minifyCssTemplates()],
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    // The renderer for the maker's static HTML is a page of its own, loaded in a frame.
    rollupOptions: {
      input: {
        index: join(root, 'index.html'),
        maker: join(root, 'demo/maker.html'),
        render: join(root, 'demo/maker/render.html'),
      },
    },
  },
});

// The sample films and posters the demo loads at run time. The films name their posters from the
// site's root (/demo/posters/…) for the dev server; here the path is made relative to the film's own
// URL, which is what a card resolves a relative URL in fetched JSON against.
mkdirSync(join(out, 'demo/films'), { recursive: true });
cpSync(join(root, 'demo/posters'), join(out, 'demo/posters'), { recursive: true });
for (const file of readdirSync(join(root, 'demo/films'))) {
  const text = readFileSync(join(root, 'demo/films', file), 'utf8');
  writeFileSync(join(out, 'demo/films', file), text.replaceAll('"/demo/posters/', '"../posters/'));
}
const absolute = readdirSync(out, { recursive: true })
  .filter((file) => String(file).endsWith('.html'))
  .filter((file) => /(?:src|href)="\/(?!\/)/.test(readFileSync(join(out, String(file)), 'utf8')));
if (absolute.length) {
  console.error(`build-site: root-relative URLs left in ${absolute.join(', ')}`);
  process.exitCode = 1;
}
console.log(`build-site: the demo and the card maker in ${out}`);
