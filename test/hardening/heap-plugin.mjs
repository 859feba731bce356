// A test-runner command that counts live objects in the page, after a full garbage collection,
// through the Chrome DevTools Protocol: `executeServerCommand('count-live-objects', { prototypes })`
// answers, for each expression, how many objects have the prototype it evaluates to in their chain.
// test/hardening/leaks.test.ts uses it to prove that removed elements are really gone.
// `executeServerCommand('heap-used')` answers the bytes used by the page's JS heap after a full
// garbage collection: test/reliability/cards.test.ts uses it to prove that large answers are let go.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heapPlugin() {
  return {
    name: 'film-cards-heap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'count-live-objects' && command !== 'heap-used') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chrome through puppeteer`);
      const page = session.browser.getPage(session.id);
      if (command === 'heap-used') {
        const cdp = await page.createCDPSession();
        try {
          await cdp.send('HeapProfiler.enable');
          // Twice: the first collection can leave garbage that only finalizers freed.
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        } finally {
          await cdp.detach().catch(() => {});
        }
      }
      const cdp = await page.createCDPSession();
      const objectGroup = 'film-cards-heap';
      try {
        await cdp.send('HeapProfiler.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        const counts = {};
        for (const expression of payload.prototypes) {
          const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
            expression,
            objectGroup,
          });
          if (exceptionDetails || !result.objectId)
            throw new Error(`count-live-objects: ${expression} is not an object`);
          // queryObjects collects all garbage itself before it walks the heap.
          const { objects } = await cdp.send('Runtime.queryObjects', {
            prototypeObjectId: result.objectId,
            objectGroup,
          });
          const { result: length } = await cdp.send('Runtime.callFunctionOn', {
            objectId: objects.objectId,
            functionDeclaration: 'function () { return this.length; }',
            returnByValue: true,
          });
          counts[expression] = length.value;
        }
        return counts;
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => {});
        await cdp.detach().catch(() => {});
      }
    },
  };
}
