// Creating and removing 10,000 cards (loading from src lazily and eagerly, with inline JSON-LD, their
// rating badges, offers and a locally saved watchlist button, and listeners of their own) must leave nothing
// attached: no observed element, no observer, no page-level listener, and no element alive in the heap.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/register.js';
import { FilmController } from '../../src/controllers/film-controller.js';
import { OverflowController } from '../../src/controllers/overflow-controller.js';
import { WatchlistController } from '../../src/controllers/watchlist-controller.js';
import type { Film } from '../../src/data/film.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { clearWatchlist } from '../../src/watchlist/store.js';
import { muteWarnings, recordPageErrors, settle } from './helpers.js';

const CARDS = 10_000;
const BATCH = 500;

/**
 * Counts, through the prototypes, what is attached: elements each IntersectionObserver watches,
 * nodes each MutationObserver watches, and listeners on window, document and <html>. Weak
 * collections only, so that counting keeps nothing alive.
 */
function countAttachments() {
  const observed = new WeakMap<object, WeakSet<object>>();
  const sizes = new WeakMap<object, number>();
  const totals = { intersection: 0, mutation: 0 };
  const listeners = new Map<string, number>();
  const seen = new Map<string, WeakSet<object>>();
  const undo: (() => void)[] = [];

  const patch = <T extends object, K extends keyof T>(proto: T, name: K, wrap: (original: T[K]) => T[K]) => {
    const original = proto[name];
    proto[name] = wrap(original);
    undo.push(() => (proto[name] = original));
  };
  const track = (kind: 'intersection' | 'mutation', observer: object, target: object, add: boolean) => {
    let targets = observed.get(observer);
    if (!targets) observed.set(observer, (targets = new WeakSet()));
    if (add === targets.has(target)) return;
    if (add) targets.add(target);
    else targets.delete(target);
    const change = add ? 1 : -1;
    sizes.set(observer, (sizes.get(observer) ?? 0) + change);
    totals[kind] += change;
  };
  const clear = (kind: 'intersection' | 'mutation', observer: object) => {
    totals[kind] -= sizes.get(observer) ?? 0;
    sizes.set(observer, 0);
    observed.set(observer, new WeakSet());
  };

  patch(
    IntersectionObserver.prototype,
    'observe',
    (original) =>
      function (this: IntersectionObserver, target: Element) {
        track('intersection', this, target, true);
        return original.call(this, target);
      },
  );
  patch(
    IntersectionObserver.prototype,
    'unobserve',
    (original) =>
      function (this: IntersectionObserver, target: Element) {
        track('intersection', this, target, false);
        return original.call(this, target);
      },
  );
  patch(
    IntersectionObserver.prototype,
    'disconnect',
    (original) =>
      function (this: IntersectionObserver) {
        clear('intersection', this);
        return original.call(this);
      },
  );
  patch(
    MutationObserver.prototype,
    'observe',
    (original) =>
      function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
        track('mutation', this, target, true);
        return original.call(this, target, options);
      },
  );
  patch(
    MutationObserver.prototype,
    'disconnect',
    (original) =>
      function (this: MutationObserver) {
        clear('mutation', this);
        return original.call(this);
      },
  );

  const globals = new Map<EventTarget, string>([
    [window, 'window'],
    [document, 'document'],
    [document.documentElement, 'html'],
  ]);
  const key = (target: EventTarget, type: string, options?: boolean | EventListenerOptions) =>
    `${globals.get(target)} ${type}${(typeof options === 'boolean' ? options : options?.capture) ? ' (capture)' : ''}`;
  // A bare `addEventListener()` in a module calls it with no `this`: the window.
  patch(
    EventTarget.prototype,
    'addEventListener',
    (original) =>
      function (
        this: EventTarget | undefined,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        const target = this ?? window;
        if (globals.has(target) && listener) {
          const name = key(target, type, options);
          if (!seen.has(name)) seen.set(name, new WeakSet());
          if (!seen.get(name)!.has(listener)) {
            seen.get(name)!.add(listener);
            listeners.set(name, (listeners.get(name) ?? 0) + 1);
          }
        }
        return original.call(target, type, listener, options);
      },
  );
  patch(
    EventTarget.prototype,
    'removeEventListener',
    (original) =>
      function (
        this: EventTarget | undefined,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | EventListenerOptions,
      ) {
        const target = this ?? window;
        if (globals.has(target) && listener) {
          const name = key(target, type, options);
          if (seen.get(name)?.has(listener)) {
            seen.get(name)!.delete(listener);
            listeners.set(name, listeners.get(name)! - 1);
          }
        }
        return original.call(target, type, listener, options);
      },
  );

  return {
    totals,
    /** Page-level listeners added and not removed, by target and type. */
    listeners: () => Object.fromEntries([...listeners].filter(([, n]) => n !== 0)),
    restore: () => undo.reverse().forEach((step) => step()),
  };
}

const film = (i: number): Film => ({
  id: `leak-${i}`,
  title: `Film ${i}`,
  year: 2018,
  ratings: [{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }],
  availability: [
    { region: 'GB', offers: [{ provider: 'StreamFlix', kind: 'stream', href: 'https://example.com/watch' }] },
  ],
});

/** One of four kinds of card, in turn: every way in, every observer and listener a card can hold. */
function card(i: number, batch: number): HTMLElement {
  const el = document.createElement('film-card');
  switch (i % 4) {
    case 0: // lazy src: waits in the shared IntersectionObserver (its container is never laid out)
      Object.assign(el, { src: `/api/title?t=Lazy+${i}`, filmId: `leak-${i}`, filmTitle: `Film ${i}` });
      break;
    case 1: // eager src, still loading when removed: the request is cancelled
      Object.assign(el, { src: `/api/title?t=Eager&delay=5000&batch=${batch}`, loading: 'eager' });
      break;
    case 2: // a full film: rating badge, offers, and a button that keeps the watchlist in localStorage
      Object.assign(el, { film: film(i), region: 'GB', watchlist: 'local' });
      break;
    default: {
      // inline JSON-LD, watched for changes, and listeners of the page's own
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Movie',
        name: `Film ${i}`,
        sameAs: `https://www.imdb.com/title/tt${1_000_000 + i}/`,
      });
      el.append(script);
      el.addEventListener('film-load', () => {});
      el.addEventListener('watchlist-add', () => {});
    }
  }
  return el;
}

/** Adds the cards a batch at a time and removes each batch; its own frame, so no local keeps the last batch alive. */
async function comeAndGo(container: HTMLElement, attachments: ReturnType<typeof countAttachments>) {
  const most = { intersection: 0, mutation: 0, listeners: 0 };
  for (let batch = 0; batch < CARDS / BATCH; batch++) {
    const cards = Array.from({ length: BATCH }, (_, i) => card(batch * BATCH + i, batch));
    container.append(...cards);
    await settle(cards);
    // While they are in the page, they do hold observers and listeners (else this test proves nothing).
    most.intersection = Math.max(most.intersection, attachments.totals.intersection);
    most.mutation = Math.max(most.mutation, attachments.totals.mutation);
    most.listeners = Math.max(most.listeners, attachments.listeners()['window storage'] ?? 0);
    container.replaceChildren();
    // Cards stop their work a microtask after they leave (a move within the page keeps it).
    await new Promise((resolve) => setTimeout(resolve));
  }
  return most;
}

const probe = window as unknown as { __leakProbe?: Record<string, unknown> };
// The card and every controller it holds: it draws its badges, offers and button itself, with no
// element of their own to count.
const prototypes = [
  "customElements.get('film-card').prototype",
  'window.__leakProbe.FilmController.prototype',
  'window.__leakProbe.LocaleController.prototype',
  'window.__leakProbe.OverflowController.prototype',
  'window.__leakProbe.WatchlistController.prototype',
];
const live = () =>
  executeServerCommand<Record<string, number>, { prototypes: string[] }>('count-live-objects', {
    prototypes,
  });

describe('leaks', function () {
  this.timeout(120_000);

  it(`leaves nothing attached or alive after ${CARDS.toLocaleString('en')} cards come and go`, async () => {
    probe.__leakProbe = { FilmController, LocaleController, OverflowController, WatchlistController };
    const before = await live();
    const errors = recordPageErrors();
    const attachments = countAttachments();
    const warnings = muteWarnings();
    const container = document.createElement('div');
    container.style.display = 'none';
    document.body.append(container);
    let most = { intersection: 0, mutation: 0, listeners: 0 };
    try {
      most = await comeAndGo(container, attachments);
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(most.intersection, 'lazy cards were observed').to.be.greaterThan(BATCH / 8);
      expect(most.mutation, 'cards watched their light DOM').to.be.greaterThan(BATCH / 2);
      expect(most.listeners, 'the watchlist listened to other tabs').to.equal(1);

      expect(attachments.totals, 'elements still observed').to.deep.equal({ intersection: 0, mutation: 0 });
      expect(attachments.listeners(), 'page-level listeners left behind').to.deep.equal({});
      expect(errors.errors).to.deep.equal([]);
    } finally {
      attachments.restore();
      warnings.restore();
      errors.stop();
      container.remove();
      clearWatchlist();
      localStorage.clear();
    }

    const after = await live();
    const alive = Object.fromEntries(
      prototypes.map((expression) => [expression, (after[expression] ?? NaN) - (before[expression] ?? NaN)]),
    );
    expect(alive, 'instances still alive after garbage collection').to.deep.equal(
      Object.fromEntries(prototypes.map((expression) => [expression, 0])),
    );
    // eslint-disable-next-line no-console
    console.log(
      `leaks: ${CARDS} cards created and removed in batches of ${BATCH}; at most ${most.intersection} elements in the IntersectionObserver, ` +
        `${most.mutation} MutationObserver targets and ${most.listeners} storage listener while a batch was in the page; ` +
        `afterwards 0 observed elements, 0 observer targets, 0 page-level listeners, 0 live elements or controllers (${Object.values(after).join('/')} of ${prototypes.length} kinds, same as before)`,
    );
  });
});
