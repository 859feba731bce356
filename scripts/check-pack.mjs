// The package as a user gets it. From a copy of the sources as a fresh clone has them (no dist/),
// `npm pack` runs prepack (the build) and makes the tarball; the tarball is installed into an empty
// consumer project; then every export is imported in Node.js, or, for the browser-only and
// types-only ones, resolved and type-checked; `npx film-cards render` runs from the install; and
// apps importing an entry, bundled, define the elements that entry promises.
//   node scripts/check-pack.mjs [--keep]   (--keep leaves the temporary folder for a look)
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'film-cards-pack-'));
/**
 * Runs a command and returns what it printed on stdout.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {string} [input] written to the command's stdin
 * @returns {string}
 */
const run = (command, args, cwd, input) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
/** @param {string} message */
const step = (message) =>
  console.log(`check-pack: ${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
let failures = 0;
/** @param {string} message */
const fail = (message) => {
  failures += 1;
  console.error(`check-pack: FAIL ${message}`);
};

try {
  // 1. The files a clone has: tracked and new files, nothing ignored (so no dist/). Dependencies
  //    are linked rather than installed again: they are not what this checks.
  const source = join(work, 'source');
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], root)
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(source, file)), { recursive: true });
    cpSync(join(root, file), join(source, file));
  }
  symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir');
  if (existsSync(join(source, 'dist'))) fail('the copied sources hold a dist/ folder');

  // 2. npm pack, as `npm publish` would: prepack builds dist/.
  // The build's own output comes first on stdout; npm's JSON report is the last thing printed.
  const output = run('npm', ['pack', '--json', '--pack-destination', work], source);
  /**
   * What `npm pack --json` reports: one entry, for the one tarball (the fields read here).
   * @type {[{ filename: string, size: number, files: { path: string }[] }]}
   */
  const [packed] = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1));
  const tarball = join(work, packed.filename);
  const names = new Set(packed.files.map((file) => file.path));
  step(`packed ${packed.filename}: ${names.size} files, ${(packed.size / 1024).toFixed(1)} KB`);
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  for (const file of [
    'dist/film-cards.js',
    'bin/film-cards.mjs',
    'README.md',
    'LICENSE',
    'custom-elements.json',
  ]) {
    if (!names.has(file)) fail(`${file} is not in the tarball`);
  }
  // Every script the build makes next to the drop-in bundle (its chunks) ships with it.
  const built = run('find', ['dist', '-name', '*.js', '-o', '-name', '*.d.ts'], source)
    .split('\n')
    .filter(Boolean);
  for (const file of built) if (!names.has(file)) fail(`built file ${file} is not in the tarball`);
  for (const file of names) {
    if (
      !/^(dist\/.+\.(js|d\.ts)|dist\/vscode\.(html|css)-custom-data\.json|bin\/film-cards\.mjs|custom-elements\.json|package\.json|README\.md|LICENSE)$/.test(
        file,
      )
    ) {
      fail(`${file} should not be in the tarball`);
    }
  }

  // 3. A consumer project with only the tarball and what it needs from the registry, at the versions
  //    this repository tests with (npm's cache serves them when it can).
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  /** @param {string} name @returns {string} the installed version of that package */
  const version = (name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const peers = ['@lit-labs/ssr', '@lit-labs/ssr-client', 'react', 'react-dom', 'vue', '@types/react'];
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      tarball,
      ...peers.map((name) => `${name}@${version(name)}`),
    ],
    consumer,
  );
  step('installed the tarball in a new project');

  // 4. Every export: imported in Node.js where it runs there, else resolved to files that exist.
  const exportsToCheck = Object.entries(pkg.exports).map(([subpath, target]) => ({
    specifier: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
    target,
  }));
  const probe = `
    const results = {};
    for (const specifier of ${JSON.stringify(exportsToCheck.map((entry) => entry.specifier))}) {
      try {
        const module = specifier.endsWith('.json')
          ? await import(specifier, { with: { type: 'json' } })
          : await import(specifier);
        results[specifier] = { ok: true, names: Object.keys(module).length };
      } catch (error) {
        results[specifier] = { ok: false, error: String(error.message).split('\\n')[0] };
      }
    }
    console.log(JSON.stringify(results));`;
  writeFileSync(join(consumer, 'probe.mjs'), probe);
  const results = JSON.parse(
    run(process.execPath, ['probe.mjs'], consumer).trim().split('\n').at(-1) ?? '{}',
  );
  const require = createRequire(join(consumer, 'index.js'));
  for (const { specifier, target } of exportsToCheck) {
    const result = results[specifier];
    const conditions = typeof target === 'string' ? { default: target } : target;
    const installed = join(consumer, 'node_modules', pkg.name);
    for (const [condition, path] of Object.entries(conditions)) {
      if (!existsSync(join(installed, path)))
        fail(`${specifier}: its ${condition} file ${path} is not installed`);
    }
    if (result.ok) {
      console.log(`  ${specifier}: imported in Node.js (${result.names} exports)`);
    } else if (!conditions.default) {
      console.log(`  ${specifier}: types only, ${conditions.types} present`);
    } else {
      // Not importable in Node.js: a browser-only module. It must still resolve.
      try {
        require.resolve(specifier);
        console.log(`  ${specifier}: browser only (${result.error}); resolves`);
      } catch (error) {
        fail(`${specifier} does not resolve: ${/** @type {Error} */ (error).message}`);
      }
    }
  }

  // 5. The published types, as a TypeScript user resolves them (nodenext, no skipLibCheck).
  writeFileSync(
    join(consumer, 'check.ts'),
    `import type { Film, FilmCard } from 'film-cards';
import { adaptFilm, RatingBadge } from 'film-cards/elements.js';
import { renderFilmCard } from 'film-cards/ssr.js';
import { FilmCard as ReactFilmCard } from 'film-cards/react';
import { RatingBadge as ReactRatingBadge } from 'film-cards/react/rating-badge.js';
import type { WatchlistEvent } from 'film-cards/react/watchlist-button.js';
import { readWatchlist } from 'film-cards/watchlist.js';
import type { CustomElements } from 'film-cards/jsx';
import type {} from 'film-cards/vue';
import 'film-cards/film-cards.js';
import 'film-cards/film-card.js';
import 'film-cards/rating-badge.js';
import 'film-cards/watch-availability.js';
import 'film-cards/watch-offer.js';
import 'film-cards/watchlist-button.js';
const film: Film = { title: 'Little Pyongyang', year: 2018 };
const html: string = renderFilmCard(film, { lang: 'en', attributes: { variant: 'compact' } });
const adapted = adaptFilm({ title: 'Parasite' });
const card: FilmCard | null = document.querySelector('film-card');
const props: CustomElements['film-card'] | undefined = undefined;
const onAdd = (event: WatchlistEvent): string => event.detail.film.id;
export { html, adapted, card, props, RatingBadge, ReactFilmCard, ReactRatingBadge, readWatchlist, onAdd };
`,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  try {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], consumer);
    console.log('  types: every entry type-checks in a nodenext project');
  } catch (error) {
    fail(`the published types do not type-check:\n${/** @type {{ stdout: string }} */ (error).stdout}`);
  }

  // 6. The command line, from the install, with Node's own npx.
  const film = join(root, 'demo/films/little-pyongyang.json');
  const html = run(
    'npx',
    ['--no-install', 'film-cards', 'render', film, '--variant', 'compact', '--region', 'GB'],
    consumer,
  );
  if (
    !html.includes('<film-card') ||
    !html.includes('shadowrootmode="open"') ||
    !html.includes('Little Pyongyang')
  ) {
    fail(`npx film-cards render printed no card:\n${html.slice(0, 300)}`);
  } else {
    console.log(`  npx film-cards render: ${html.length} characters of HTML`);
  }
  try {
    run('npx', ['--no-install', 'film-cards', 'render', join(work, 'missing.json')], consumer);
    fail('npx film-cards render succeeded on a missing file');
  } catch (error) {
    const { status } = /** @type {{ status: number }} */ (error);
    if (status !== 1) fail(`a missing file exits with ${status}, not 1`);
  }
  // 7. What an app's bundler keeps: each import, bundled with package.json's `sideEffects` as
  //    esbuild (and Vite, Rollup, webpack) read it, then run, defines the elements it promises.
  const tags = ['film-card', 'rating-badge', 'watch-availability', 'watch-offer', 'watchlist-button'];
  /** @type {[string, string[]][]} an app's import, and the elements it must define */
  const apps = [
    ["import { RatingBadge } from 'film-cards/react';", tags],
    ["import { RatingBadge } from 'film-cards/react/rating-badge.js';", ['rating-badge']],
    ["import { WatchlistButton } from 'film-cards/react/watchlist-button.js';", ['watchlist-button']],
    ["import 'film-cards/rating-badge.js';", ['rating-badge']],
    // The card entry defines the card and <watch-offer>, which it reads: it draws its rating
    // badges, where to watch and its watchlist button itself.
    ["import 'film-cards/film-card.js';", ['film-card', 'watch-offer']],
  ];
  for (const [line, expected] of apps) {
    // The app uses what it imports, as a real one would: a bundler may drop an unused import.
    const used = /import \{ (\w+) \}/.exec(line)?.[1];
    await build({
      stdin: {
        contents: `${line}\n${used ? `globalThis.used = ${used};\n` : ''}console.log(JSON.stringify(${JSON.stringify(tags)}.filter((tag) => customElements.get(tag))));`,
        resolveDir: consumer,
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      // Lit stays external: Node then loads its server build, whose DOM shim gives the app a
      // `customElements` registry to ask. React is the app's own.
      external: [
        'lit',
        'lit/*',
        'lit-html',
        'lit-html/*',
        'lit-element',
        'lit-element/*',
        '@lit/*',
        'react',
        'react-dom',
      ],
      outfile: join(consumer, 'app.mjs'),
      logLevel: 'error',
    });
    const defined = run(process.execPath, ['app.mjs'], consumer).trim().split('\n').at(-1);
    if (defined !== JSON.stringify(expected))
      fail(`an app with \`${line}\`, bundled, defines ${defined}, not ${JSON.stringify(expected)}`);
    else console.log(`  bundled \`${line}\`: defines ${expected.join(', ')}`);
  }

  step(failures ? `${failures} failure(s)` : 'the packed package works');
} finally {
  if (keep) console.log(`check-pack: left ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exitCode = failures ? 1 : 0;
