// Opening benchmark pages and timing calls into them.
import { heapUsed } from './browser.mjs';

/**
 * The render page, with the library (`ours`) or the flat floor.
 * @param {{ browser: any, server: { origin: string }, bundle: string }} ctx
 * @param {string} impl
 */
export async function openRender(ctx, impl) {
  // The floor is stored under `baseline` in the results: the flat light-DOM floor.
  const query = impl === 'ours' ? `impl=ours&bundle=${encodeURIComponent(ctx.bundle)}` : 'impl=flat';
  const opened = await ctx.browser.open(`${ctx.server.origin}/bench/pages/render.html?${query}`);
  await opened.page.evaluate(() => window.bench.ready);
  // Thread ticks: the main thread's CPU time, which other processes on a busy machine cannot inflate.
  await opened.cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return opened;
}

async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
}

/**
 * Runs `fn` in the page after a full collection, so garbage from the last run is not billed to
 * this one. Adds `cpu`: the page's main-thread CPU milliseconds over the call.
 */
export async function measured({ page, cdp }, fn, arg) {
  await heapUsed(cdp);
  const before = await threadTime(cdp);
  const result = await page.evaluate(fn, arg);
  return { ...result, cpu: (await threadTime(cdp)) - before };
}
