// Layout stability: cumulative layout shift while the article page loads (the bundle late, the
// film data later still), then while a reader scrolls through it. First the heights that matter:
// the skeleton a card shows while loading, and the card once loaded, at this page's width.
import { readFileSync } from 'node:fs';
import { articlePage } from '../pages/article.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const BUNDLE_DELAY = 300;
const DATA_DELAY = 800;
// A screenful every half second: a reader skimming, faster than the data arrives.
const SCROLL_PAUSE = 500;

/**
 * @param {any} ctx
 * @param {string} name
 * @param {{ minHeight?: string, reserveAll?: boolean }} [reserve]
 * @param {import('../lib/browser.mjs').WaitUntil} [waitUntil]
 * @param {number} [width]
 */
async function openArticle(ctx, name, { minHeight, reserveAll } = {}, waitUntil = 'load', width = undefined) {
  const tag = Math.random().toString(36).slice(2);
  const html = articlePage({
    bundle: ctx.bundle,
    minHeight,
    reserveAll,
    dataDelay: DATA_DELAY,
    bundleDelay: BUNDLE_DELAY,
    tag,
  });
  ctx.server.provide(`/generated/${name}.html`, 'text/html; charset=utf-8', html);
  const { page } = await ctx.browser.open(`${ctx.server.origin}/generated/${name}.html`, {
    waitUntil,
    width,
  });
  return page;
}

/**
 * Heights of the first card: before the bundle, as a skeleton, once loaded; at a phone's width the
 * card stacks its poster above the details, so its skeleton is taller.
 */
async function measureHeights(ctx) {
  const narrow = await openArticle(ctx, 'article-narrow', {}, 'load', 375);
  const narrowSkeleton = await narrow.evaluate(() =>
    /** @type {{ updateComplete: Promise<unknown> }} */ (
      /** @type {unknown} */ (document.querySelector('film-card'))
    ).updateComplete.then(() => document.querySelector('film-card')?.getBoundingClientRect().height),
  );
  await narrow.close();
  // Before the load event: the (late) bundle is not in yet, so the cards are still undefined.
  const page = await openArticle(ctx, 'article-heights', {}, 'commit');
  await page.waitForSelector('film-card', { state: 'attached' });
  const height = () =>
    page.evaluate(() => document.querySelector('film-card')?.getBoundingClientRect().height);
  const undefinedHeight = await page.evaluate(() =>
    customElements.get('film-card')
      ? NaN
      : document.querySelector('film-card')?.getBoundingClientRect().height,
  );
  await page.evaluate(() =>
    customElements
      .whenDefined('film-card')
      .then(
        () =>
          /** @type {{ updateComplete: Promise<unknown> }} */ (
            /** @type {unknown} */ (document.querySelector('film-card'))
          ).updateComplete,
      ),
  );
  const skeleton = await height();
  await page.waitForFunction(() => window.loaded > 0);
  const loaded = await height();
  const rootFont = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.close();
  return { undefined: undefinedHeight, skeleton, loaded, narrowSkeleton, rootFont };
}

async function shiftsOf(page, from = 0) {
  return (await page.evaluate(() => window.shifts)).slice(from);
}

export async function layoutSuite(ctx) {
  const heights = await measureHeights(ctx);
  const rem = (px) => `${+(px / heights.rootFont).toFixed(3)}rem`;
  const reserve = rem(heights.skeleton);
  ctx.log(
    `layout heights: undefined ${heights.undefined}px, skeleton ${heights.skeleton}px (${heights.narrowSkeleton}px at 375px wide), loaded ${heights.loaded}px`,
  );

  // No reserved height; the README's rule as it stands; the skeleton's height until defined (what
  // the README's rule is for); and, for comparison, the loaded card's height kept from the start,
  // which only the page can know.
  const readme = readmeMinHeight(ctx.root);
  const cases = {
    none: {},
    ...(readme && readme !== reserve ? { readme: { minHeight: readme } } : {}),
    skeleton: { minHeight: reserve },
    loaded: { minHeight: rem(Math.ceil(heights.loaded)), reserveAll: true },
  };
  const result = {
    heights,
    reserve,
    bundleDelay: BUNDLE_DELAY,
    dataDelay: DATA_DELAY,
    scrollPause: SCROLL_PAUSE,
    cases: {},
  };
  for (const [name, css] of Object.entries(cases)) {
    const page = await openArticle(ctx, `article-${name}`, css);
    await page.waitForFunction(() => window.loaded > 0);
    // The cards near the first screen have loaded; nothing else will happen without scrolling.
    await sleep(DATA_DELAY + 700);
    const load = await shiftsOf(page);
    // Once every card is defined the rule no longer applies: scrolling differs only when the
    // page keeps a height for loading cards too, so the other cases skip it.
    let scroll = null;
    if (name === 'skeleton' || css.reserveAll) {
      await page.evaluate(async (pause) => {
        while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
          scrollBy(0, innerHeight);
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      }, SCROLL_PAUSE);
      await sleep(DATA_DELAY + 500);
      scroll = await shiftsOf(page, load.length);
    }
    await page.close();
    const figures = (shifts) =>
      shifts && { cls: cls(shifts), total: sum(shifts), shifts: shifts.length, largest: largest(shifts) };
    result.cases[name] = {
      css: css.minHeight
        ? `film-card${css.reserveAll ? '' : ':not(:defined)'} { display: block; min-height: ${css.minHeight} }`
        : null,
      load: figures(load),
      scroll: figures(scroll),
    };
    ctx.log(
      `layout ${name}: CLS on load ${cls(load).toFixed(4)}${scroll ? `, while scrolling ${cls(scroll).toFixed(4)}` : ''}`,
    );
  }
  return result;
}

/** The min-height the README gives `film-card:not(:defined)`, if it gives one. */
function readmeMinHeight(root) {
  const readme = readFileSync(`${root}/README.md`, 'utf8');
  return readme.match(/film-card:not\(:defined\)\s*\{[^}]*?min-height:\s*([^;}]+)/)?.[1]?.trim();
}

const counted = (shifts) => shifts.filter((shift) => !shift.input);
const sum = (shifts) => counted(shifts).reduce((total, shift) => total + shift.value, 0);
const largest = (shifts) => counted(shifts).sort((a, b) => b.value - a.value)[0] ?? null;

/** CLS as browsers report it: the worst session window (gaps under 1 s, at most 5 s long). */
function cls(shifts) {
  let worst = 0;
  let window = 0;
  let start = 0;
  let previous = -Infinity;
  for (const { value, time } of counted(shifts)) {
    if (time - previous > 1000 || time - start > 5000) [window, start] = [0, time];
    window += value;
    previous = time;
    worst = Math.max(worst, window);
  }
  return worst;
}
