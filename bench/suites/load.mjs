// Load: 2,000 lazy cards, each with its own `src`, in a grid, on a healthy server that answers
// every request in 300 ms, and a reader who scrolls from top to bottom at a steady pace: 16 new
// cards a second, which the browser's 6 connections to one HTTP/1.1 host could fetch at 20 a
// second. Counts what loaded, failed and timed out, and checks that every card
// that was on screen for a full second had loaded by the end of that second.
// Then 120 eager cards on one origin answering in 1.2 s each: 24 s of requests six at a time, far
// past the 10 s timeout, which must count from each request's start, not from the queue's.
//
// Runs inside `npm run bench` (`node bench/run.mjs --only load`), or alone after `npm run build`:
// `node bench/suites/load.mjs [--quick] [--bundle FILE]`.
import { fileURLToPath, pathToFileURL } from 'node:url';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const DELAY = 300;
const WIDTH = 1920;
const HEIGHT = 1080;
/** Cards that come into view per second. */
const PACE = 16;

/** The eager case: cards, and how long each answer takes. */
const EAGER = 120;
const EAGER_DELAY = 1200;

function loadPage({ bundle, cards, tag, delay = DELAY, eager = false }) {
  const list = [];
  for (let i = 0; i < cards; i++)
    list.push(
      `<film-card variant="compact"${eager ? ' loading="eager"' : ''} src="/film/${i}.json?delay=${delay}&amp;tag=${tag}"></film-card>`,
    );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>2,000 films</title>
    <style>
      body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; }
      main { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem; padding: 1rem; }
    </style>
    <script>
      // Per card: when it loaded or failed, and the spans it was on screen.
      window.cards = new Map();
      const entry = (card) => cards.get(card) ?? cards.set(card, { seen: [], loaded: null, error: null }).get(card);
      document.addEventListener('film-load', (event) => (entry(event.target).loaded = performance.now()));
      document.addEventListener('film-error', (event) => (entry(event.target).error = event.detail.kind));
      window.watch = () => {
        const observer = new IntersectionObserver((entries) => {
          for (const { target, isIntersecting, time } of entries) {
            const seen = entry(target).seen;
            if (isIntersecting) seen.push([time, Infinity]);
            else if (seen.length && seen.at(-1)[1] === Infinity) seen.at(-1)[1] = time;
          }
        });
        document.querySelectorAll('film-card').forEach((card) => observer.observe(card));
      };
    </script>
    <script type="module" src="${bundle}"></script>
  </head>
  <body>
    <main>
      ${list.join('\n      ')}
    </main>
  </body>
</html>`;
}

export async function loadSuite(ctx) {
  const cards = ctx.quick ? 500 : 2000;
  const tag = Math.random().toString(36).slice(2);
  ctx.server.provide(
    '/generated/load.html',
    'text/html; charset=utf-8',
    loadPage({ bundle: ctx.bundle, cards, tag }),
  );
  const { page } = await ctx.browser.open(`${ctx.server.origin}/generated/load.html`, {
    width: WIDTH,
    height: HEIGHT,
  });
  await page.evaluate(() => customElements.whenDefined('film-card').then(() => window.watch()));
  const started = Date.now();
  await page.evaluate(async (pace) => {
    // Every 50 ms, the bottom of the screen moves to the card that the pace has reached.
    const cards = document.querySelectorAll('film-card');
    const start = performance.now();
    for (;;) {
      const index = Math.floor(((performance.now() - start) / 1000) * pace);
      if (index >= cards.length) break;
      const box = cards[index]?.getBoundingClientRect();
      if (box && box.bottom > innerHeight) scrollBy(0, box.bottom - innerHeight);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    scrollTo(0, document.documentElement.scrollHeight);
  }, PACE);
  const scrollSeconds = (Date.now() - started) / 1000;
  // The last screen gets its second, and the requests in flight their answers.
  await sleep(3000);
  const figures = await page.evaluate(() => {
    const end = performance.now();
    let loaded = 0;
    let failed = 0;
    let timedOut = 0;
    let seenForASecond = 0;
    const late = [];
    for (const [card, { seen, loaded: at, error }] of window.cards) {
      if (at !== null) loaded++;
      else if (error === 'timeout') timedOut++;
      else if (error) failed++;
      const span = seen.find(([from, to]) => Math.min(to, end) - from >= 1000);
      if (!span) continue;
      seenForASecond++;
      if (at === null || at > span[0] + 1000) late.push(card.getAttribute('src')?.split('?')[0]);
    }
    return { loaded, failed, timedOut, seenForASecond, late: late.length, lateExamples: late.slice(0, 5) };
  });
  const requests = ctx.server.hits((path) => path.startsWith('/film/') && path.endsWith(`tag=${tag}`));
  await page.close();
  ctx.log(
    `load: ${figures.loaded} loaded, ${figures.failed} failed, ${figures.timedOut} timed out of ${cards}; ${figures.late} of ${figures.seenForASecond} cards seen for a second were not loaded by then; ${requests} requests`,
  );
  const eager = await eagerCase(ctx);
  return { cards, delay: DELAY, pace: PACE, scrollSeconds, requests, ...figures, eager };
}

/** 120 eager cards, one origin, 1.2 s per answer: all must load, none time out. */
async function eagerCase(ctx) {
  const tag = Math.random().toString(36).slice(2);
  ctx.server.provide(
    '/generated/load-eager.html',
    'text/html; charset=utf-8',
    loadPage({ bundle: ctx.bundle, cards: EAGER, tag, delay: EAGER_DELAY, eager: true }),
  );
  const started = Date.now();
  const { page } = await ctx.browser.open(`${ctx.server.origin}/generated/load-eager.html`, {
    width: WIDTH,
    height: HEIGHT,
  });
  // Every card settles: loaded or failed, within the 24 s the queue needs plus a margin.
  await page.waitForFunction(
    (count) =>
      [...window.cards.values()].filter((card) => card.loaded !== null || card.error).length >= count,
    EAGER,
    { timeout: 60_000, polling: 200 },
  );
  const figures = await page.evaluate(() => {
    let loaded = 0;
    let failed = 0;
    let timedOut = 0;
    for (const { loaded: at, error } of window.cards.values()) {
      if (at !== null) loaded++;
      else if (error === 'timeout') timedOut++;
      else if (error) failed++;
    }
    return { loaded, failed, timedOut };
  });
  const seconds = (Date.now() - started) / 1000;
  await page.close();
  ctx.log(
    `load, eager: ${figures.loaded} loaded, ${figures.failed} failed, ${figures.timedOut} timed out of ${EAGER} cards on one origin answering in ${EAGER_DELAY / 1000} s (${seconds.toFixed(1)} s)`,
  );
  return { cards: EAGER, delay: EAGER_DELAY, seconds, ...figures };
}

// Alone: the same server, browser and bundle as bench/run.mjs, and only this suite.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { launch } = await import('../lib/browser.mjs');
  const { startServer } = await import('../lib/server.mjs');
  const { film } = await import('../pages/films.js');
  const args = process.argv.slice(2);
  const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
  const bundleFile = args.includes('--bundle')
    ? (args[args.indexOf('--bundle') + 1] ?? `${root}/dist/film-cards.js`)
    : `${root}/dist/film-cards.js`;
  const server = await startServer({ root, film: (id) => film(Number.parseInt(id, 10) || 0) });
  // With its chunks: without the data layer no `src` card could load at all.
  server.provideBundle(bundleFile);
  const browser = await launch();
  try {
    const results = await loadSuite({
      browser,
      server,
      quick: args.includes('--quick'),
      bundle: '/generated/film-cards.js',
      log: (line) => console.error(`  ${line}`),
    });
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}
