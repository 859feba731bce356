// Finds import cycles among the sources, type-only imports included. ESLint's import-x/no-cycle
// skips `import type`, so a cycle held together by types alone (two modules sharing a type that
// belongs in a module of its own) passes it; this check reads every static import and re-export.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** @param {string} dir @returns {string[]} */
const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

// `import x from './a.js'`, `import type { T } from './a.js'`, `export * from './a.js'`, `import './a.js'`.
const specifiers =
  /(?:^|[;\n])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;

/** @type {Map<string, string[]>} */
const graph = new Map();
for (const file of sources(src)) {
  const text = readFileSync(file, 'utf8');
  graph.set(
    file,
    [...text.matchAll(specifiers)].map((match) =>
      resolve(dirname(file), match[1] ?? '').replace(/\.js$/, '.ts'),
    ),
  );
}

/** @type {string[]} */
const cycles = [];
/** @type {Set<string>} */
const done = new Set();
/** @type {string[]} */
const path = [];
/** @param {string} file */
function visit(file) {
  const at = path.indexOf(file);
  if (at !== -1) {
    cycles.push([...path.slice(at), file].map((step) => relative(root, step)).join(' → '));
    return;
  }
  if (done.has(file) || !graph.has(file)) return;
  path.push(file);
  for (const next of graph.get(file) ?? []) visit(next);
  path.pop();
  done.add(file);
}
for (const file of graph.keys()) visit(file);

if (cycles.length) {
  console.error(
    `Import cycles in src/ (type-only imports count):\n${cycles.map((c) => `  ${c}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`no import cycles among ${graph.size} modules in src/`);
