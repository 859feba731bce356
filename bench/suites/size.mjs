// Size: what a page downloads. The drop-in bundle as built; every npm entry bundled with its own
// imports followed but packages (Lit, React for the React entry) left out, since an app shares
// one copy of each between all its components.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (bytes) => ({ raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });

export async function sizeSuite({ root, bundleFile }) {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  /** @type {{ bundle: object, entries: object[], bundleParts: object | null }} */
  const result = {
    bundle: { file: 'dist/film-cards.js', ...measure(readFileSync(bundleFile)) },
    entries: [],
    bundleParts: null,
  };

  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file?.endsWith('.js') || file === './dist/film-cards.js') continue;
    const output = await bundle(`${root}/${file}`, { packagesExternal: true });
    result.entries.push({
      entry: `film-cards${subpath.slice(1)}`,
      file: file.slice(2),
      ...measure(output.bytes),
    });
  }
  result.bundleParts = await parts(`${root}/dist/index.js`);
  return result;
}

async function bundle(entry, { packagesExternal = false, metafile = false } = {}) {
  const { outputFiles, metafile: meta } = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    packages: packagesExternal ? 'external' : 'bundle',
    metafile,
    write: false,
    logLevel: 'silent',
  });
  const [output] = outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return { bytes: output.contents, meta };
}

/**
 * Where the drop-in bundle's bytes come from: the main entry re-bundled with Lit inlined, minified
 * bytes per package or source folder. Gzip does not split by module, so shares are of minified size.
 */
async function parts(entry) {
  const { meta } = await bundle(entry, { metafile: true });
  const [output] = Object.values(meta?.outputs ?? {});
  if (!output) throw new Error(`esbuild wrote no metafile for ${entry}`);
  const groups = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = input.includes('node_modules/')
      ? input
          .split('node_modules/')
          .pop()
          ?.split('/')
          .slice(0, input.includes('node_modules/@') ? 2 : 1)
          .join('/')
      : input
          .replace(/^.*?dist\//, 'src/')
          .split('/')
          .slice(0, 2)
          .join('/');
    groups[name] = (groups[name] ?? 0) + bytesInOutput;
  }
  return {
    minified: output.bytes,
    groups: Object.fromEntries(Object.entries(groups).sort((a, b) => b[1] - a[1])),
  };
}
