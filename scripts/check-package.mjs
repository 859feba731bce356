// What `npm publish` would upload, checked after `npm run build`: everything a user needs is in the
// tarball and nothing else is. `check:package` then runs publint (package.json against the files)
// and Are the Types Wrong (every export's types, as Node and bundlers resolve them).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** @type {{ name: string, version: string, customElements: string, exports: Record<string, string | Record<string, string>> }} */
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// --ignore-scripts: list what would ship from the build already made, without running any hook.
/** @type {[{ size: number, unpackedSize: number, files: { path: string }[] }]} */
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = new Set(packed.files.map((file) => file.path));

const targets = Object.values(pkg.exports).flatMap((target) =>
  typeof target === 'string' ? [target] : Object.values(target),
);
const required = [
  'package.json',
  'README.md',
  'LICENSE',
  pkg.customElements,
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  ...targets.map((target) => target.replace(/^\.\//, '')),
];
// Sources, tests, tooling and source maps of sources that are not shipped would only weigh.
const unwanted =
  /^(src|test|stories|bench|demo|scripts|\.storybook|\.ci|node_modules)\/|\.map$|\.test\.|(^|\/)\.[^/]+$/;

const missing = required.filter((file) => !files.has(file));
const extra = [...files].filter((file) => unwanted.test(file));
console.log(
  `${pkg.name}@${pkg.version}: ${files.size} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked`,
);
if (missing.length || extra.length) {
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  if (extra.length) console.error(`should not be in the package: ${extra.join(', ')}`);
  process.exit(1);
}
