// Runs inside the benchmark page. Both implementations go through exactly this code: the same
// data prepared ahead, the same insertion, the same wait, so the ratio measures the elements.
// `?impl=ours&bundle=URL` loads the library; `?impl=baseline` the hand-written floor.
import { film, filmAttributes } from './films.js';
import { outline } from './dom.js';

const params = new URLSearchParams(location.search);
const list = document.querySelector('#cards');
let cards = [];

async function load() {
  if (params.get('impl') === 'baseline') {
    const { defineBaseline } = await import('../baseline/vanilla-card.js');
    defineBaseline(await (await fetch('/generated/styles.json')).json());
  } else {
    await import(params.get('bundle'));
  }
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
  return Array.from({ length: n }, (_, i) =>
    mode === 'property' ? film(i) : Object.entries(filmAttributes(i)),
  );
}

/** Inserts `n` cards with full data, by the `film` property or by attributes. */
async function render(n, mode) {
  clear();
  const data = prepare(n, mode);
  const t0 = performance.now();
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

/** The last card shows its watchlist button's own DOM: the whole tree has rendered, not just the card. */
function rendered() {
  const last = cards.at(-1);
  const button = last?.shadowRoot?.querySelector('watchlist-button');
  return Boolean(button?.shadowRoot?.querySelector('[part~="label"]')?.textContent);
}

function updated(value, mode, saved) {
  const score = mode === 'property' ? value.ratings[0].value : Number(value);
  const badge = cards.at(-1).shadowRoot.querySelector('rating-badge');
  const pressed = cards
    .at(-1)
    .shadowRoot.querySelector('watchlist-button')
    .shadowRoot.querySelector('button');
  return (
    badge.shadowRoot.querySelector('[part="value"]').textContent === String(score) &&
    pressed.getAttribute('aria-pressed') === String(saved)
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

window.bench = { ready: load(), render, update, clear, describe, cycle };
