// Memory: the JS heap after creating and removing a thousand cards ten times, against the heap
// before those ten cycles. Two untimed cycles come first: they pay once for compiled code, template
// caches and formatters. Even then V8 keeps optimising hot functions for a while, so the heap is
// also split into code and everything else: a leak shows in the objects, warming up in the code.
// Live card objects left after the cycles, counted by V8, back the percentages.
import { heapBreakdown, heapUsed } from '../lib/browser.mjs';
import { openRender } from '../lib/pages.mjs';
import { summarize } from '../lib/stats.mjs';

const WARM_CYCLES = 2;
const CYCLES = 10;

export async function memorySuite(ctx) {
  const n = 1000;
  const result = { n, cycles: CYCLES, warmCycles: WARM_CYCLES, mode: 'property' };
  for (const impl of ['baseline', 'ours']) {
    const runs = [];
    for (let run = 0; run < ctx.memoryRuns; run++) {
      const opened = await openRender(ctx, impl);
      const cycle = () => opened.page.evaluate((count) => window.bench.cycle(count, 'property'), n);
      const heap = async () => ({ used: await heapUsed(opened.cdp), ...(await heapBreakdown(opened.cdp)) });
      const pristine = { used: await heapUsed(opened.cdp) };
      for (let i = 0; i < WARM_CYCLES; i++) await cycle();
      const before = await heap();
      for (let i = 0; i < CYCLES; i++) await cycle();
      const after = await heap();
      const liveCards = await liveInstances(opened.cdp, 'film-card');
      await opened.page.close();
      runs.push({ pristine, before, after, liveCards });
    }
    const pick = (key) => summarize(runs.map(key));
    const growth = (key) => pick((r) => ((r.after[key] - r.before[key]) / r.before[key]) * 100);
    result[impl] = {
      before: pick((r) => r.before.used),
      after: pick((r) => r.after.used),
      growth: growth('used'),
      objectGrowth: growth('objects'),
      codeGrowth: pick((r) => r.after.code - r.before.code),
      oneTime: pick((r) => r.before.used - r.pristine.used),
      liveCards: Math.max(...runs.map((r) => r.liveCards)),
      runs,
    };
    const { before, after, growth: total, objectGrowth, liveCards } = result[impl];
    ctx.log(
      `memory ${impl}: ${kb(before.median)} -> ${kb(after.median)} (${total.median.toFixed(1)} %; objects ${objectGrowth.median.toFixed(2)} %), ${liveCards} cards alive`,
    );
  }
  return result;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** How many objects of a custom element's class are still alive (after the collection just made). */
async function liveInstances(cdp, tag) {
  const objectGroup = 'live-instances';
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get('${tag}')?.prototype ?? null`,
    objectGroup,
  });
  // The flat floor defines no element: it has no cards to outlive it, only plain HTML.
  if (!prototype.objectId) return 0;
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.objectId,
    objectGroup,
  });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
    objectGroup,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  return result.value;
}
