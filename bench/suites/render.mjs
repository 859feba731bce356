// Render: N cards with full data inserted at once, by property and by attributes, against the
// flat floor (the same cards as plain HTML in light DOM with the same CSS); then an update of a thousand rendered cards. The two sides take turns
// run by run, so a machine that gets busier halfway slows both alike.
import { openRender, measured } from '../lib/pages.mjs';
import { summarize } from '../lib/stats.mjs';

const modes = ['property', 'attribute'];
const impls = ['baseline', 'ours'];

export async function renderSuite(ctx) {
  const results = [];
  for (const n of ctx.sizes) {
    for (const mode of modes) {
      const row = await compare(ctx, n, ctx.runsFor(n), {
        // One untimed pass compiles and warms both sides' code paths alike.
        warm: (page) =>
          page.evaluate(([count, m]) => window.bench.render(count, m), [Math.min(n, 100), mode]),
        // The last run's cards go before the collection, so their garbage is not left to this run.
        measure: async (opened) => {
          await opened.page.evaluate(() => window.bench.clear());
          return measured(opened, ([count, m]) => window.bench.render(count, m), [n, mode]);
        },
        what: `render ${n} cards by ${mode}`,
      });
      results.push({ n, mode, ...row });
    }
  }
  return results;
}

export async function updateSuite(ctx) {
  const n = 1000;
  const results = [];
  for (const mode of modes) {
    // The same thousand cards are updated run after run, each page's round to new values.
    const rounds = new Map();
    const round = (page) => {
      rounds.set(page, (rounds.get(page) ?? -1) + 1);
      return rounds.get(page);
    };
    const row = await compare(ctx, n, ctx.updateRuns, {
      warm: async (page) => {
        await page.evaluate(([count, m]) => window.bench.render(count, m), [n, mode]);
        await page.evaluate(([m, r]) => window.bench.update(m, r), [mode, round(page)]);
      },
      measure: (opened) =>
        measured(opened, ([m, r]) => window.bench.update(m, r), [mode, round(opened.page)]),
      what: `update ${n} cards by ${mode}`,
    });
    results.push({ n, mode, ...row });
  }
  return results;
}

async function compare(ctx, _n, runs, { warm, measure, what }) {
  const pages = {};
  for (const impl of impls) {
    pages[impl] = await openRender(ctx, impl);
    await warm(pages[impl].page);
  }
  const times = { baseline: [], ours: [] };
  for (let run = 0; run < runs; run++) {
    for (const impl of run % 2 ? [...impls].reverse() : impls) {
      const time = await measure(pages[impl]);
      if (!time.complete) throw new Error(`${impl} did not ${what}`);
      times[impl].push(time);
    }
  }
  await Promise.all(impls.map((impl) => pages[impl].page.close()));
  const row = Object.fromEntries(impls.map((impl) => [impl, timing(times[impl])]));
  ctx.log(
    `${what}: baseline ${row.baseline?.work?.median.toFixed(0)} ms, ours ${row.ours?.work?.median.toFixed(0)} ms`,
  );
  return row;
}

function timing(times) {
  return Object.fromEntries(
    ['work', 'script', 'cpu', 'total'].map((key) => [key, summarize(times.map((time) => time[key]))]),
  );
}
