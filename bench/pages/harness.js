// Runs inside the benchmark page. Both sides go through exactly this code: the same data prepared
// ahead, the same insertion, the same wait, so the ratio measures what the library adds.
// `?impl=ours&bundle=URL` loads the library; `?impl=flat` the flat floor: the same cards as plain
// HTML in light DOM with the same CSS (see flatten.js), made by the runner from the library's own
// cards and served as /generated/flat.json.
import { film, filmAttributes } from './films.js';
import { outline } from './dom.js';
import { flatBoxes, flatCss, flatHtml } from './flatten.js';
import { messages as buttonMessages } from '../../dist/watchlist-button/messages.js';

const params = new URLSearchParams(location.search);
const flat = params.get('impl') === 'flat';
const list = document.querySelector('#cards');
let cards = [];
/** The flat floor's cards, by mode: a hundred different films, used in turn. */
let flatCards;

async function load() {
  if (flat) {
    const { css, ...byMode } = await (await fetch('/generated/flat.json')).json();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    flatCards = byMode;
    return;
  }
  await import(params.get('bundle'));
  await customElements.whenDefined('film-card');
}

/** Resolves in the next frame's animation callback, after a forced style and layout, with both times. */
function nextFrame() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      // Reading geometry forces the style and layout that the frame would otherwise do after.
      document.body.getBoundingClientRect();
      resolve([start, performance.now()]);
    }),
  );
}

/**
 * The cost of a change to the page, from `t0` until every card reports its update done and the
 * next frame's style and layout are computed. `work` leaves out the idle wait for that frame:
 * it is the same vsync lottery for both sides and would pull every ratio towards 1.
 */
async function settle(t0, targets) {
  await Promise.all(targets.map((card) => card.updateComplete));
  const updated = performance.now();
  const [frame, laidOut] = await nextFrame();
  return { work: updated - t0 + (laidOut - frame), script: updated - t0, total: laidOut - t0 };
}

function prepare(n, mode) {
  if (flat) return Array.from({ length: n }, (_, i) => flatCards[mode][i % flatCards[mode].length]);
  return Array.from({ length: n }, (_, i) =>
    mode === 'property' ? film(i) : Object.entries(filmAttributes(i)),
  );
}

/** Inserts `n` cards with full data, by the `film` property or by attributes. */
async function render(n, mode) {
  clear();
  const data = prepare(n, mode);
  const t0 = performance.now();
  if (flat) {
    const template = document.createElement('template');
    template.innerHTML = data.join('');
    list.append(template.content);
    cards = [...list.children];
    return { ...(await settle(t0, [])), complete: rendered() };
  }
  const fragment = document.createDocumentFragment();
  for (const item of data) {
    const card = document.createElement('film-card');
    if (mode === 'property') card.film = item;
    else for (const [name, value] of item) card.setAttribute(name, value);
    fragment.append(card);
    cards.push(card);
  }
  list.append(fragment);
  const time = await settle(t0, cards);
  return { ...time, complete: rendered() };
}

/**
 * Gives every rendered card a new rating and flips its watchlist state, the way its mode set
 * them. Each `round` differs from the last, so the same cards can be updated run after run.
 */
async function update(mode, round) {
  const saved = round % 2 === 0;
  const next = cards.map((_, i) => {
    const value = 1 + ((i + round * 7) % 90) / 10;
    if (mode === 'attribute') return String(value);
    const data = film(i);
    return { ...data, ratings: [{ ...data.ratings[0], value }, data.ratings[1]] };
  });
  const t0 = performance.now();
  // The flat floor's update: the same visible changes, written straight into the DOM.
  if (flat)
    cards.forEach((card, i) => {
      const score = mode === 'property' ? next[i].ratings[0].value : next[i];
      card.querySelector('[part~="rating-value"]').textContent = String(score);
      card.toggleAttribute('in-watchlist', saved);
      const button = card.querySelector('[part~="watchlist-button"]');
      button.setAttribute('aria-pressed', String(saved));
      button.querySelector('[part~="watchlist-label"]').textContent =
        buttonMessages.en[saved ? 'saved' : 'add'];
    });
  else
    cards.forEach((card, i) => {
      if (mode === 'property') {
        card.film = next[i];
        card.inWatchlist = saved;
      } else {
        card.setAttribute('rating', next[i]);
        card.toggleAttribute('in-watchlist', saved);
      }
    });
  const time = await settle(t0, cards);
  return { ...time, complete: rendered() && updated(next[cards.length - 1], mode, saved) };
}

function clear() {
  list.replaceChildren();
  cards = [];
}

/** `selector` in `root`, through the card's shadow roots (none on the flat floor). */
function find(root, ...selectors) {
  let node = root;
  for (const selector of selectors) node = (flat ? node : node?.shadowRoot)?.querySelector(selector);
  return node;
}

/** The last card shows its watchlist button's label: the whole card has rendered, not just its skeleton. */
function rendered() {
  return Boolean(find(cards.at(-1), '[part~="watchlist-label"]')?.textContent);
}

function updated(value, mode, saved) {
  const score = mode === 'property' ? value.ratings[0].value : Number(value);
  const last = cards.at(-1);
  return (
    find(last, '[part~="rating-value"]').textContent === String(score) &&
    find(last, '[part~="watchlist-button"]').getAttribute('aria-pressed') === String(saved)
  );
}

/** What one card renders, through every shadow root, for the same-DOM check. */
async function describe(mode) {
  await render(1, mode);
  const lines = outline(cards[0]);
  clear();
  return lines;
}

/**
 * One memory cycle: cards in, rendered, and out again. The list is hidden meanwhile: style and
 * layout allocate nothing on the JS heap, and skipping them makes a cycle three times shorter.
 */
async function cycle(n, mode) {
  list.style.display = 'none';
  await render(n, mode);
  clear();
  await nextFrame();
  list.style.display = '';
}

/** What the flat floor is made of: `count` different cards per mode as flat HTML, and the CSS. */
/**
 * Waits until the cards have drawn what their first layout told them (a clamped synopsis that fits
 * drops its "More"): the floor is made from, and compared with, cards as a reader sees them.
 */
async function drawn() {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(cards.map((card) => card.updateComplete));
}

async function flatten(count) {
  const made = { css: flatCss() };
  for (const mode of ['property', 'attribute']) {
    await render(count, mode);
    await drawn();
    made[mode] = cards.map(flatHtml);
    clear();
  }
  return made;
}

/** Every element's box in one rendered card, in the flat HTML's order, for the same-layout check. */
async function boxes(mode) {
  await render(1, mode);
  await drawn();
  const out = flatBoxes(cards[0]);
  clear();
  return out;
}

window.bench = { ready: load(), render, update, clear, describe, cycle, flatten, boxes };
