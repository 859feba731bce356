// `node bench/run.mjs [--quick] [--bundle FILE]` after `npm run build`: how much a page pays for
// film-cards, against floors measured in the same run. Prints a table and writes
// bench/results/results.json, bench/results/REPORT.md and bench/results/render-scaling.svg (not
// committed: figures go stale with every change; bench/README.md keeps a dated summary).
//   --quick        one run of each figure, N up to 1,000: for iterating on a fix
//   --bundle FILE  measure another build of the drop-in bundle (a branch's, say) instead of dist/
//   --only LIST    run only these suites (phone,render,update,memory,network,load,layout,size); writes
//                  no report
//   --profile      instead of benchmarking, profile film-cards rendering and updating 1,000 cards
//                  (the npm build in dist/) and print where the time goes, module by module, then
//                  the card's update in its steps (the drop-in bundle)
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browser.mjs';
import { preflight } from './lib/preflight.mjs';
import { printProfile, profileSuite } from './lib/profile.mjs';
import { elementSuite, printElements } from './lib/elements.mjs';
import { printTables, writeReport } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { film } from './pages/films.js';
import { layoutSuite } from './suites/layout.mjs';
import { memorySuite } from './suites/memory.mjs';
import { networkSuite } from './suites/network.mjs';
import { phoneSuite } from './suites/phone.mjs';
import { loadSuite } from './suites/load.mjs';
import { renderSuite, updateSuite } from './suites/render.mjs';
import { sizeSuite } from './suites/size.mjs';
import { judge } from './lib/targets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const bundleFile = args.includes('--bundle')
  ? (args[args.indexOf('--bundle') + 1] ?? '')
  : `${root}/dist/film-cards.js`;
if (!existsSync(bundleFile)) {
  console.error(
    `${bundleFile} is missing: run \`npm run build\` first (or \`npm run bench\`, which builds).`,
  );
  process.exit(1);
}

const started = Date.now();
const server = await startServer({ root, film: (id) => film(Number.parseInt(id, 10) || 0) });
server.provideBundle(bundleFile);
const browser = await launch();
const ctx = {
  root,
  bundleFile,
  browser,
  server,
  quick,
  bundle: '/generated/film-cards.js',
  sizes: quick ? [100, 1000] : [100, 1000, 5000],
  // Runs per figure, within about five minutes on two cores: a 5,000-card run takes seconds, and
  // the memory figures barely move from one run to the next.
  runsFor: (n) => (quick ? 1 : n >= 5000 ? 3 : 5),
  updateRuns: quick ? 1 : 5,
  memoryRuns: quick ? 1 : 2,
  log: (line) => console.error(`  ${line}`),
};
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : undefined;
const profiling = args.includes('--profile');
const wanted = (name) => !profiling && (!only || only.includes(name));

try {
  ctx.log(`Chromium ${browser.version}, Node ${process.version}${quick ? ', quick run' : ''}`);
  const load = () => loadavg()[0]?.toFixed(2);
  const environment = {
    date: new Date().toISOString(),
    chromium: browser.version,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim(),
    loadBefore: load(),
    quick,
    runs: {
      render: ctx.runsFor(1000),
      render5000: ctx.runsFor(5000),
      update: ctx.updateRuns,
      memory: ctx.memoryRuns,
    },
  };
  const checked = await preflight(ctx);
  const results = { environment, checked };
  const suites = {
    phone: phoneSuite,
    render: renderSuite,
    update: updateSuite,
    memory: memorySuite,
    network: networkSuite,
    load: loadSuite,
    layout: layoutSuite,
    size: sizeSuite,
  };
  environment.seconds = {};
  for (const [name, suite] of Object.entries(suites)) {
    if (!wanted(name)) continue;
    const start = Date.now();
    results[name] = await suite(ctx);
    environment.seconds[name] = Math.round((Date.now() - start) / 1000);
    ctx.log(`${name}: ${environment.seconds[name]} s`);
  }
  if (profiling) {
    results.profile = await profileSuite(ctx);
    printProfile(results.profile);
    results.elements = await elementSuite(ctx);
    printElements(results.elements);
  }
  environment.loadAfter = load();
  environment.seconds.total = Math.round((Date.now() - started) / 1000);
  results.targets = judge(results);
  if (!profiling) printTables(results);
  // A partial run (--only) is for iterating: it leaves the last full report alone.
  if (!only && !profiling) {
    const dir = fileURLToPath(new URL('results', import.meta.url));
    mkdirSync(dir, { recursive: true });
    writeReport(dir, results);
    ctx.log(`report written to ${dir}/REPORT.md`);
  }
} finally {
  await browser.close();
  await server.close();
  ctx.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
