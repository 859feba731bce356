// `--profile`: where film-cards spends its time, from V8's sampling profiler, on the npm build
// (one readable module per source file; Lit's minified modules are mapped back to its sources).
// Writes a .cpuprofile per case to bench/results/ (open it in the browser's DevTools, Performance
// panel) and returns time per module and the heaviest functions.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { openRender } from './pages.mjs';

const N = 1000;
// The baseline is profiled too, for scale: what the floor spends in the same places.
// Renders start by clearing the last run's cards: `prepare` does that before the profiler starts.
const cases = {
  'render-property': {
    prepare: () => window.bench.clear(),
    run: () => window.bench.render(1000, 'property'),
  },
  'render-attribute': {
    prepare: () => window.bench.clear(),
    run: () => window.bench.render(1000, 'attribute'),
  },
  'update-property': {
    prepare: () => window.bench.render(1000, 'property'),
    run: () => window.bench.update('property', 0),
  },
  'update-attribute': {
    prepare: () => window.bench.render(1000, 'attribute'),
    run: () => window.bench.update('attribute', 0),
  },
};

export async function profileSuite(ctx) {
  const out = `${ctx.root}/bench/results`;
  mkdirSync(out, { recursive: true });
  const results = {};
  for (const [name, { prepare, run }] of Object.entries(cases)) {
    results[name] = {};
    for (const impl of ['baseline', 'ours'])
      results[name][impl] = await profileOne(
        ctx,
        impl,
        { prepare, run },
        `${out}/profile-${name}-${impl}.cpuprofile`,
      );
    ctx.log(
      `profile ${name}: ${results[name].ours.total.toFixed(0)} ms sampled (baseline ${results[name].baseline.total.toFixed(0)} ms)`,
    );
  }
  return { n: N, cases: results };
}

async function profileOne(ctx, impl, { prepare, run }, file) {
  const { page, cdp } = await openRender({ ...ctx, bundle: '/dist/index.js' }, impl);
  // Warm up as the timed runs do, then profile one run.
  await page.evaluate(prepare);
  await page.evaluate(run);
  await page.evaluate(prepare);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Profiler.start');
  await page.evaluate(run);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  writeFileSync(file, JSON.stringify(profile));
  return summarize(profile, ctx);
}

function summarize(profile, ctx) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  const modules = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += ms;
    const node = byId.get(id);
    const key = describe(node.callFrame, ctx.root);
    self.set(key, (self.get(key) ?? 0) + ms);
    const module = moduleOf(node.callFrame);
    modules.set(module, (modules.get(module) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frameKey = describe(byId.get(at).callFrame, ctx.root);
      if (!seen.has(frameKey)) inclusive.set(frameKey, (inclusive.get(frameKey) ?? 0) + ms);
      seen.add(frameKey);
    }
  });
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([where, ms]) => ({ where, ms: +ms.toFixed(1), percent: +((ms / total) * 100).toFixed(1) }));
  return {
    total,
    modules: top(modules, 12),
    self: top(self, 20),
    inclusive: top(inclusive, 40).filter(({ where }) => !where.startsWith('(')),
  };
}

function moduleOf({ url, functionName }) {
  if (!url) return nativeName(functionName);
  const path = new URL(url).pathname;
  if (path.includes('/node_modules/'))
    return path
      .split('/node_modules/')[1]
      ?.split('/')
      .slice(0, path.includes('/@') ? 2 : 1)
      .join('/');
  if (path.startsWith('/dist/')) return `src/${path.slice(6).replace(/\.js$/, '')}`;
  if (path.startsWith('/bench/baseline/')) return `baseline ${path.split('/').pop()}`;
  if (path.startsWith('/bench/')) return 'benchmark page';
  return path;
}

const maps = new Map();

// The page forces style and layout by reading geometry: that native call is the browser's work.
const nativeName = (name) =>
  name === '(program)'
    ? '(browser: work outside JS)'
    : name === 'getBoundingClientRect'
      ? '(style and layout, forced by the page)'
      : name;

/** "name (file:line)"; minified library frames are named by the source line their function starts on. */
function describe({ functionName, url, lineNumber, columnNumber }, root) {
  if (!url) return nativeName(functionName);
  const path = new URL(url).pathname;
  const file = `${root}${path}`;
  if (!maps.has(file))
    maps.set(
      file,
      existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null,
    );
  const map = maps.get(file);
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) {
    const source = map.payload.sourcesContent?.[map.payload.sources.indexOf(entry.originalSource)];
    const text = source?.split('\n')[entry.originalLine]?.trim().slice(0, 70) ?? '';
    return `${text || functionName} (${path.split('/node_modules/')[1]?.split('/')[0]}/${entry.originalSource.split('/').pop()}:${entry.originalLine + 1})`;
  }
  return `${functionName || '(anonymous)'} (${path.replace(/^\/dist\//, 'src/')}:${lineNumber + 1})`;
}

/** Prints each case: the baseline's modules for scale, then film-cards' modules, functions and calls. */
export function printProfile({ cases }) {
  const rows = (list) =>
    list
      .map(
        ({ where, ms, percent }) =>
          `  ${String(percent).padStart(5)} %  ${String(ms).padStart(7)} ms  ${where}`,
      )
      .join('\n');
  for (const [name, { baseline, ours }] of Object.entries(cases)) {
    console.log(
      `\nProfile: ${name}: film-cards ${ours.total.toFixed(0)} ms sampled, baseline ${baseline.total.toFixed(0)} ms`,
    );
    console.log(`baseline by module (self time)\n${rows(baseline.modules.slice(0, 8))}`);
    console.log(
      `film-cards by module (self time)\n${rows(ours.modules)}\nheaviest functions (self time)\n${rows(ours.self.slice(0, 15))}`,
    );
    console.log(`heaviest calls (with what they call)\n${rows(ours.inclusive.slice(0, 25))}`);
  }
}
