// Writes what a run found: results.json for machines, REPORT.md and the chart for people.
import { writeFileSync } from 'node:fs';
import { scalingChart } from './chart.mjs';
import { tables, toMarkdown, toText } from './tables.mjs';

export const CHART = 'render-scaling.svg';

export function printTables(results) {
  for (const table of tables(results)) console.log(`\n${toText(table)}`);
}

export function writeReport(dir, results) {
  writeFileSync(`${dir}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
  const chart = results.render
    ? scalingChart(results.render, {
        title: 'Rendering N film cards: film-cards against the flat floor',
      })
    : undefined;
  if (chart) writeFileSync(`${dir}/${CHART}`, chart);
  writeFileSync(`${dir}/REPORT.md`, markdown(results, Boolean(chart)));
}

function markdown(results, chart) {
  const { environment: env } = results;
  const [render, update, ...rest] = tables(results);
  const parts = [
    '# film-cards benchmark',
    '',
    `${env.date.slice(0, 10)} · Chromium ${env.chromium} (headless) · Node ${env.node} · ${env.cpus} × ${env.cpuModel} · load average ${env.loadBefore} before, ${env.loadAfter} after${env.quick ? ' · **quick run: one run per figure, not for publishing**' : ''}`,
    '',
    'Reproduce with `npm run bench` (builds, then runs `node bench/run.mjs`, about 9 minutes on 2 cores). `node bench/run.mjs --quick` runs each figure once, up to N = 1,000; `--only render,size` picks suites; `--profile` shows where film-cards spends the time against the baseline and writes `.cpuprofile` files to `bench/results/` for the DevTools Performance panel.',
    '',
    '## How it measures',
    '',
    "- **Flat floor** (\"baseline\" in the tables): the same cards flattened into light DOM with the same CSS, with no script at all (`bench/pages/flatten.js`). Before timing, the runner renders 100 films with film-cards, writes each card's DOM out through its shadow roots as plain HTML, and rewrites each element's stylesheets for light DOM (`@scope` per element, cascade layers for shadow DOM's outer-wins order); the floor inserts that HTML (films used in turn) and pays only parsing, style and layout. The runner checks that it has the card's elements and the card's size; how many boxes match exactly is in `checked` of results.json.",
    "- **Render**: from the first `createElement` until every card's `updateComplete` has resolved and the next frame's style and layout are computed (a forced layout in `requestAnimationFrame`). The idle wait for that frame is left out: both sides pay the same vsync lottery, and it would pull every ratio towards 1. Film data is prepared before the clock starts. Each page gets one untimed warm-up pass and a full garbage collection before every run; the two sides alternate run by run.",
    "- **script** stops the clock at `updateComplete`, before style and layout; **style + layout** is the rest. **CPU** is the page's main-thread CPU time over the same call (paint and idle-time garbage collection included), much less sensitive than wall time to other processes on a busy machine.",
    '- Each figure is the median of the runs, with min–max. Ratios are film-cards over baseline, medians measured in the same run.',
    '',
    '## Results',
    '',
    toMarkdown(render ?? { title: '', head: [], rows: [] }),
    '',
    chart ? `![Render time and time per card against N](${CHART})\n` : '',
    update ? toMarkdown(update) : '',
    '',
    ...rest.flatMap((table) => [toMarkdown(table), '']),
  ];
  if (results.size?.bundleParts) {
    const { minified, groups } = results.size.bundleParts;
    parts.push(
      `**Where the bundle's bytes come from** (the main entry re-bundled with Lit, ${(minified / 1024).toFixed(1)} KB minified; shares of minified size)`,
      '',
      '| package or folder | minified | share |',
      '| --- | --- | --- |',
      ...Object.entries(groups)
        .filter(([, bytes]) => bytes > 0)
        .map(
          ([name, bytes]) =>
            `| ${name} | ${(bytes / 1024).toFixed(1)} KB | ${((bytes / minified) * 100).toFixed(0)} % |`,
        ),
      '',
    );
  }
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
