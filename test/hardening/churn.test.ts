// 500 cards whose `src` changes at random, many times, while answers arrive after random delays
// and out of order: each card must end showing the film of its LAST src, and announce nothing later.
import { expect } from '@open-wc/testing';
import '../../src/register.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { FilmLoadEvent } from '../../src/data/events.js';
import { recordPageErrors } from './helpers.js';

const CARDS = 500;
const CHANGES = 8;
/** All changes happen within this many milliseconds, so that many requests overlap. */
const WINDOW = 1500;
const SEED = 20_260_101;

/** A small seeded generator (mulberry32): the same run every time, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('500 cards whose src changes at random', function () {
  this.timeout(90_000);

  it(`each of ${CARDS} cards ends showing its last src (${CHANGES} changes each, random delays)`, async () => {
    const rand = random(SEED);
    const run = Date.now().toString(36);
    const url = (title: string, delay: number) =>
      `/api/title?t=${encodeURIComponent(title)}&delay=${delay}&run=${run}`;
    // A few URLs shared by many cards: one card's change of mind must not cancel another's request.
    const shared = Array.from({ length: 20 }, (_, n) => ({
      title: `Shared ${n}`,
      src: url(`Shared ${n}`, Math.floor(rand() * 120)),
    }));

    const errors = recordPageErrors();
    const container = document.createElement('div');
    container.style.display = 'none';
    document.body.append(container);
    const last = new Map<FilmCard, string>();
    const announced = new Map<FilmCard, string>();
    let changes = 0;
    try {
      const cards = Array.from({ length: CARDS }, () => {
        const card = document.createElement('film-card');
        card.loading = 'eager';
        card.addEventListener('film-load', (event: FilmLoadEvent) =>
          announced.set(card, event.detail.film.title),
        );
        return card;
      });
      container.append(...cards);

      const timers: Promise<void>[] = [];
      cards.forEach((card, i) => {
        const mine: { title: string; src: string }[] = [];
        const times = Array.from({ length: CHANGES }, () => Math.floor(rand() * WINDOW)).sort(
          (a, b) => a - b,
        );
        times.forEach((time, j) => {
          const final = j === CHANGES - 1;
          const roll = rand();
          let next: { title: string; src: string } | undefined;
          if (!final && roll < 0.05)
            next = undefined; // no src for a moment
          else if (roll < 0.3) next = shared[Math.floor(rand() * shared.length)];
          else if (roll < 0.45 && mine.length)
            next = mine[Math.floor(rand() * mine.length)]; // back to an earlier one
          else
            next = {
              title: `Card ${i} version ${j}`,
              src: url(`Card ${i} version ${j}`, Math.floor(rand() * 100)),
            };
          if (next) mine.push(next);
          timers.push(
            new Promise((resolve) =>
              setTimeout(() => {
                card.src = next?.src ?? '';
                if (next) last.set(card, next.title);
                changes++;
                resolve();
              }, time),
            ),
          );
        });
      });
      await Promise.all(timers);

      const title = (card: FilmCard) =>
        card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim();
      const deadline = Date.now() + 60_000;
      while (cards.some((card) => title(card) !== last.get(card)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Any answer still on its way, or a stale one, would have landed by now.
      await new Promise((resolve) => setTimeout(resolve, 300));

      const wrong = cards
        .filter((card) => title(card) !== last.get(card))
        .map((card) => `${title(card)} instead of ${last.get(card)}`);
      expect(wrong, 'cards not showing their last src').to.deep.equal([]);
      const stale = cards
        .filter((card) => announced.get(card) !== last.get(card))
        .map((card) => `film-load for ${announced.get(card)} after ${last.get(card)}`);
      expect(stale, 'a stale film-load came last').to.deep.equal([]);
      expect(
        cards.filter((card) => card.shadowRoot!.querySelector('[part~="error"]')),
        'cards in error',
      ).to.have.length(0);
      expect(errors.errors).to.deep.equal([]);
      // eslint-disable-next-line no-console
      console.log(
        `src churn: ${CARDS} cards, ${changes} src changes in ${WINDOW / 1000} s (seed ${SEED}); ${CARDS} of ${CARDS} end on their last src, 0 stale events`,
      );
    } finally {
      errors.stop();
      container.remove();
    }
  });
});
