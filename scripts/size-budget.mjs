// The size budget: what each way of using film-cards costs a page, compressed, after `npm run build`.
//
// - dist/film-cards.js is measured as shipped: it is what a script tag downloads, Lit included.
//   It loads chunks of its own on demand (the data layer, a language's messages...), so each kind
//   of page is measured too: the entry plus the chunks that page loads.
// - Every npm entry is bundled and minified the way an app's bundler would, with Lit (and React)
//   left out because the app already pays for them once, whatever else it uses them for.
//
// Budgets are the measured sizes plus about 3 %, so that growth fails the build and is a decision,
// not an accident; after a deliberate change, `node scripts/size-budget.mjs --update` prints the
// new figures to paste below. The issue's targets are printed beside them, honestly marked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The fields of package.json read here: its name, and its exports, each a path or conditions.
 * @type {{ name: string, exports: Record<string, string | Record<string, string>> }}
 */
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * gzip budgets in bytes (level 9): the sizes measured when the budget was set, plus ~3 % (64 bytes at least).
 * @type {Record<string, number>}
 */
const budgets = {
  'film-cards/film-cards.js': 31450,
  'film-cards/react': 39180,
  'film-cards/react/film-card.js': 37300,
  'film-cards/react/watch-availability.js': 14750,
  'film-cards/react/watchlist-button.js': 7650,
  'film-cards/react/rating-badge.js': 6270,
  'film-cards/ssr.js': 37510,
  'film-cards': 38500,
  'film-cards/elements.js': 38350,
  'film-cards/film-card.js': 36420,
  'film-cards/watch-availability.js': 13980,
  'film-cards/rating-badge.js': 5560,
  'film-cards/watchlist-button.js': 6900,
  'film-cards/watchlist.js': 1640,
  'film-cards/watch-offer.js': 320,
};

/**
 * The drop-in bundle's chunks each kind of page loads, beside the entry (by chunk name, without
 * its hash), and the gzip budgets of the whole: entry plus chunks, as the page downloads them.
 * @type {Record<string, { chunks: string[], budget: number, target?: number }>}
 */
const pages = {
  'seed card (attributes, English, no saved watchlist)': { chunks: [], budget: 31450, target: 16 * 1024 },
  'the seed card with `watchlist="local"`': { chunks: ['local-store'], budget: 32500 },
  'a `src` card': { chunks: ['film-data'], budget: 39000 },
  'inline JSON-LD': { chunks: ['film-data'], budget: 39000 },
  'a French page': { chunks: ['messages-fr'], budget: 32300 },
  '`json-ld` output': { chunks: ['json-ld-controller'], budget: 32650 },
  'server-rendered cards': { chunks: ['hydrate-page', 'film-data'], budget: 42370 },
  'every feature at once': {
    chunks: ['film-data', 'json-ld-controller', 'messages-fr', 'hydrate-page', 'local-store'],
    budget: 45510,
    target: 28 * 1024,
  },
};

/**
 * The issue's targets, gzip. <rating-badge> is the smallest element that renders anything:
 * <watch-offer> is a data holder that shows nothing, so measuring "the smallest element" with it
 * would meet the target without saying anything.
 * @type {Record<string, number>}
 */
const targets = {
  'film-cards/film-cards.js': 16 * 1024,
  'film-cards/rating-badge.js': 3 * 1024,
};

// Lit's packages and React are the app's own; @lit/react is counted, since only this library brings it.
const external = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/reactive-element',
  '@lit/reactive-element/*',
  '@lit-labs/ssr',
  '@lit-labs/ssr/*',
  '@lit-labs/ssr-client/*',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
];

/**
 * The JavaScript file each export resolves to (types-only and JSON exports have none).
 * @returns {Record<string, string>} the entry's name (`film-cards/film-card.js`) to its path
 */
function entryFiles() {
  /** @type {Record<string, string>} */
  const files = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (file?.endsWith('.js'))
      files[subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`] = join(root, file);
  }
  return files;
}

/**
 * The file as it is, or bundled and minified as an app's bundler would.
 * @param {string} file
 * @param {boolean} bundled
 * @returns {Promise<Buffer>}
 */
async function minified(file, bundled) {
  if (!bundled) return readFileSync(file);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    external,
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles ?? [];
  if (!output) throw new Error('esbuild wrote no output');
  return Buffer.from(output.contents);
}

/** @param {Buffer} buffer @returns {number} its gzipped size in bytes */
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
/** @param {Buffer} buffer @returns {number} its brotli-compressed size in bytes */
const brotli = (buffer) =>
  brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const files = entryFiles();
const bundleName = `${pkg.name}/film-cards.js`;
const missing = Object.values(files).filter((file) => !existsSync(file));
if (missing.length) {
  console.error(`size: ${missing.join(', ')} missing; run \`npm run build\` first.`);
  process.exit(1);
}
const unbudgeted = Object.keys(files).filter((name) => !(name in budgets));
const stale = Object.keys(budgets).filter((name) => !(name in files));

const rows = [];
for (const [name, file] of Object.entries(files)) {
  const code = await minified(file, name !== bundleName);
  rows.push({
    name,
    min: code.length,
    gzip: gzip(code),
    brotli: brotli(code),
    budget: budgets[name],
    target: targets[name],
  });
}
rows.sort((a, b) => (a.name === bundleName ? -1 : b.name === bundleName ? 1 : b.gzip - a.gzip));

// The drop-in bundle's chunks, by name: film-cards-NAME-HASH.js, HASH being 8 characters.
const dist = join(root, 'dist');
const chunkFiles = Object.fromEntries(
  readdirSync(dist)
    .map((file) => [/^film-cards-(.+)-[\w-]{8}\.js$/.exec(file)?.[1], file])
    .filter(([name]) => name),
);
/**
 * A chunk's file and the chunks it imports statically in turn (not the entry, counted once).
 * @param {string} file
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, imported] of code.matchAll(
    /(?:^|[;}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([\w-]+\.js)["']/g,
  ))
    // The group always takes part in a match: `imported` is a string.
    if (imported !== 'film-cards.js') withImports(/** @type {string} */ (imported), seen);
  return seen;
}
const entryGzip = gzip(readFileSync(join(dist, 'film-cards.js')));
const unknownChunks = Object.values(pages).flatMap(({ chunks }) =>
  chunks.filter((name) => !chunkFiles[name]),
);
const pageRows = Object.entries(pages).map(([name, { chunks, budget, target }]) => {
  const files = new Set(
    chunks.filter((chunk) => chunkFiles[chunk]).flatMap((chunk) => [...withImports(chunkFiles[chunk])]),
  );
  const bytes = entryGzip + [...files].reduce((sum, file) => sum + gzip(readFileSync(join(dist, file))), 0);
  return { name, files: ['film-cards.js', ...files], gzip: bytes, budget, target };
});

if (process.argv.includes('--update')) {
  // 3 %, but at least 64 bytes: on a 200-byte entry 3 % is a few bytes, less than one honest fix adds.
  /** @param {number} bytes */
  const budget = (bytes) => Math.ceil(Math.max(bytes * 1.03, bytes + 64) / 10) * 10;
  console.log('const budgets = {');
  for (const row of rows) console.log(`  '${row.name}': ${budget(row.gzip)},`);
  console.log('};');
  console.log('\npage budgets:');
  for (const row of pageRows) console.log(`  '${row.name}': ${budget(row.gzip)},`);
  process.exit(0);
}

const over = rows.filter((row) => row.budget !== undefined && row.gzip > row.budget);
console.log('| entry | minified | gzip | brotli | budget (gzip) | issue target (gzip) |');
console.log('|---|---:|---:|---:|---:|---|');
for (const row of rows) {
  const budget =
    row.budget === undefined ? 'none' : `${kb(row.budget)}${row.gzip > row.budget ? ' OVER' : ''}`;
  const target =
    row.target === undefined
      ? ''
      : `${kb(row.target)} ${row.gzip <= row.target ? 'met' : `MISSED by ${kb(row.gzip - row.target)}`}`;
  console.log(
    `| \`${row.name}\` | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${budget} | ${target} |`,
  );
}

const pagesOver = pageRows.filter((row) => row.gzip > row.budget);
console.log('\n| page, with the drop-in bundle | files | gzip | budget | issue target |');
console.log('|---|---|---:|---:|---|');
for (const row of pageRows) {
  const target =
    row.target === undefined
      ? ''
      : `${kb(row.target)} ${row.gzip <= row.target ? 'met' : `MISSED by ${kb(row.gzip - row.target)}`}`;
  console.log(
    `| ${row.name} | ${row.files.map((file) => file.replace(/-[\w-]{8}\.js$/, '')).join(' + ')} | ${kb(row.gzip)} | ${kb(row.budget)}${row.gzip > row.budget ? ' OVER' : ''} | ${target} |`,
  );
}

console.log(
  `\n1 KB = 1024 bytes; gzip level 9, brotli quality 11; npm entries bundled and minified with esbuild, ${external.filter((name) => !name.includes('*')).join(', ')} external.`,
);

if (unknownChunks.length) {
  console.error(
    `size: no chunk named ${unknownChunks.join(', ')} in dist/ (the page list above names them).`,
  );
  process.exit(1);
}
if (pagesOver.length) {
  console.error(
    `size: over budget: ${pagesOver.map((row) => `${row.name} ${kb(row.gzip)} > ${kb(row.budget)}`).join('; ')}.`,
  );
  process.exit(1);
}
if (unbudgeted.length || stale.length) {
  console.error(
    `size: budgets and package exports differ (no budget: ${unbudgeted.join(', ') || '-'}; no such entry: ${stale.join(', ') || '-'}).`,
  );
  process.exit(1);
}
if (over.length) {
  console.error(
    `size: over budget: ${over.map((row) => `${row.name} ${kb(row.gzip)} > ${kb(/** @type {number} */ (row.budget))}`).join('; ')}.`,
  );
  console.error(
    'Find the growth and cut it, or raise the budget in scripts/size-budget.mjs on purpose and say why in the commit.',
  );
  process.exit(1);
}
