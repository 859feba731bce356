// Network: requests the server sees for 200 cards that share one `src`, and for 200 cards with
// their own `src`s far below the fold, before and after the reader scrolls to them.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function openNetwork(ctx, query) {
  const tag = Math.random().toString(36).slice(2);
  const url = `${ctx.server.origin}/bench/pages/network.html?${query}&tag=${tag}&bundle=${encodeURIComponent(ctx.bundle)}`;
  const { page } = await ctx.browser.open(url);
  await page.evaluate(() => window.bench.ready);
  const requests = () => ctx.server.hits((path) => path.startsWith('/film/') && path.endsWith(`tag=${tag}`));
  return { page, requests };
}

/** Waits until no card has loaded or failed for `quiet` ms: whatever was going to load has. */
async function settle(page, quiet = 600) {
  let last = -1;
  let state;
  for (let still = 0; still < quiet; still += 100) {
    await sleep(100);
    state = await page.evaluate(() => window.bench.settled());
    if (state.load + state.error !== last) [last, still] = [state.load + state.error, 0];
  }
  return state;
}

export async function networkSuite(ctx) {
  const result = {};

  {
    // All 200 at once, eagerly: one request shared while it runs.
    const { page, requests } = await openNetwork(ctx, 'case=shared&loading=eager');
    const settled = await settle(page);
    result.sharedEager = { cards: 200, requests: requests(), loaded: settled.load, target: 1 };
    await page.close();
  }
  {
    // Lazily: the cards on screen first, the last ones later, from the answer already loaded.
    const { page, requests } = await openNetwork(ctx, 'case=shared');
    await settle(page);
    await page.evaluate(() => window.bench.scrollToEnd());
    const settled = await settle(page);
    result.sharedLazy = { cards: 200, requests: requests(), loaded: settled.load, target: 1 };
    await page.close();
  }
  {
    const { page, requests } = await openNetwork(ctx, 'case=distinct');
    // Long enough for any request the page would make on its own to have been made.
    await settle(page, 1000);
    const beforeScroll = requests();
    await page.evaluate(() => window.bench.scrollToCards());
    const atCards = await settle(page);
    const afterScroll = requests();
    result.distinctLazy = {
      cards: 200,
      requests: beforeScroll,
      afterScroll,
      loadedAfterScroll: atCards.load,
      target: 0,
    };
    await page.close();
  }
  for (const [name, figures] of Object.entries(result))
    ctx.log(`network ${name}: ${JSON.stringify(figures)}`);
  return result;
}
