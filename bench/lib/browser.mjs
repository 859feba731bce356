// Headless Chromium through playwright-core: one browser for the whole run, a fresh page
// (its own renderer state, heap and caches) for every measurement.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';

/** @typedef {'load' | 'domcontentloaded' | 'networkidle' | 'commit'} WaitUntil */
export async function launch() {
  if (!chromiumPath) throw new Error('No Chromium found: set CHROME_PATH to a Chromium or Chrome binary.');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // Precise memory info makes performance.memory exact instead of bucketed; the heap figures
    // themselves come from the DevTools protocol after a forced collection.
    args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  return {
    version: browser.version(),
    /**
     * A fresh page at `url`, with a DevTools session for heap and profiles.
     * @param {string} url
     * @param {{ waitUntil?: WaitUntil, width?: number, height?: number }} [options]
     */
    async open(url, { waitUntil = 'load', width, height = 800 } = {}) {
      const page = await context.newPage();
      if (width) await page.setViewportSize({ width, height });
      page.on('pageerror', (error) => console.error(`page error at ${url}: ${error.message}`));
      await page.goto(url, { waitUntil });
      const cdp = await context.newCDPSession(page);
      return { page, cdp };
    },
    /**
     * A fresh phone (its own context: cold cache, no storage) at `url`: 412 x 823 CSS px, touch,
     * with the network and CPU of a slow phone when `throttle` (400 ms round trip, 400 kbps both
     * ways, CPU slowed 4x), set through the DevTools protocol before the page starts loading.
     * `responses` collects every response as it arrives.
     * @param {string} url
     * @param {{ throttle?: boolean, waitUntil?: WaitUntil }} [options]
     */
    async phone(url, { throttle = true, waitUntil = 'load' } = {}) {
      const phoneContext = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 2.625,
        isMobile: true,
        hasTouch: true,
        locale: 'en-US',
      });
      const page = await phoneContext.newPage();
      const responses = [];
      page.on('response', (response) => responses.push(response));
      page.on('pageerror', (error) => console.error(`page error at ${url}: ${error.message}`));
      const cdp = await phoneContext.newCDPSession(page);
      if (throttle) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 400,
          downloadThroughput: 400_000 / 8,
          uploadThroughput: 400_000 / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      await page.goto(url, { waitUntil, timeout: 60_000 });
      return { page, cdp, responses, close: () => phoneContext.close() };
    },
    close: () => browser.close(),
  };
}

/** The JS heap in use after a full collection, in bytes. */
export async function heapUsed(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The JS heap by kind of node, from a heap snapshot (after a full collection): `code` (bytecode,
 * compiled and optimised code, their metadata) apart from everything else the page's scripts own.
 * Blink's own objects, which the snapshot also lists, are left out, as the JS heap figure leaves them.
 */
export async function heapBreakdown(cdp) {
  await heapUsed(cdp);
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const sizes = { code: 0, objects: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    if (type === 'native' || type === 'synthetic') continue;
    sizes[type === 'code' ? 'code' : 'objects'] += nodes[i + sizeAt];
  }
  return sizes;
}
