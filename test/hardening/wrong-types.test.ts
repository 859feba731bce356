// Wrong types through every JS property of every element: code (a framework binding, a typo, a
// JSON field of the wrong type) can hand an element anything. No value may throw into the page,
// and the element must still render sensibly: no "undefined", "NaN" or "[object Object]" for a reader.
import { expect } from '@open-wc/testing';
import '../../src/register.js';
import { FilmCard } from '../../src/film-card/film-card.js';
import { RatingBadge } from '../../src/rating-badge/rating-badge.js';
import { WatchAvailability } from '../../src/watch-availability/watch-availability.js';
import { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import { clearWatchlist } from '../../src/watchlist/store.js';
import {
  muteWarnings,
  offscreen,
  recordPageErrors,
  renderedText,
  settle,
  snapshotPrototypes,
  unsafeMarkup,
} from './helpers.js';

/** Values of every type a property can be handed by mistake, named for the failure messages. */
const values: [name: string, value: () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['true', () => true],
  ['false', () => false],
  ['0', () => 0],
  ['-0', () => -0],
  ['-1', () => -1],
  ['0.5', () => 0.5],
  ['1e308', () => 1e308],
  ['-1e308', () => -1e308],
  ['Number.MAX_SAFE_INTEGER + 2', () => Number.MAX_SAFE_INTEGER + 2],
  ['Number.MIN_VALUE', () => Number.MIN_VALUE],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['10n', () => 10n],
  ['""', () => ''],
  ['"   "', () => '   '],
  ['10,000 characters', () => 'x'.repeat(10_000)],
  ['10,000 digits', () => '9'.repeat(10_000)],
  ['{}', () => ({})],
  ['[]', () => []],
  ['[1, "2", null]', () => [1, '2', null]],
  ['[[[]]]', () => [[[]]]],
  ['{ toString }', () => ({ toString: () => 'from toString' })],
  ['{ valueOf }', () => ({ valueOf: () => 7 })],
  ['Object.create(null)', () => Object.create(null)],
  ['Symbol()', () => Symbol('wrong')],
  ['a function', () => () => 'called'],
  ['a Date', () => new Date(0)],
  ['an invalid Date', () => new Date(NaN)],
  ['a RegExp', () => /x/],
  ['a Map', () => new Map([['title', 'x']])],
  ['a Promise', () => Promise.resolve('x')],
  ['an Error', () => new Error('x')],
  ['a DOM element', () => document.createElement('div')],
  ['a URL', () => new URL('https://example.com/film.json')],
];

/** Failures to tolerate, by tag: none. (Defects found here are fixed at their cause.) */
const KNOWN: Record<string, RegExp> = {};

/** What a reader must never see or hear. */
const NONSENSE = /undefined|NaN|\[object |Infinity|Symbol\(|function |=>|null/;

interface Case {
  tag: string;
  element: CustomElementConstructor & { elementProperties: Map<PropertyKey, { state?: boolean }> };
  /** Valid inputs that make the element show something, so its sanity can be checked. */
  valid: Record<string, unknown>;
}

const cases: Case[] = [
  {
    tag: 'film-card',
    element: FilmCard,
    valid: {
      filmId: 'valid-id',
      filmTitle: 'Valid title',
      year: '2018',
      rating: '7.5',
      ratingSource: 'imdb',
      region: 'GB',
    },
  },
  { tag: 'rating-badge', element: RatingBadge, valid: { value: 7.5, votes: 39, source: 'imdb' } },
  {
    tag: 'watch-availability',
    element: WatchAvailability,
    valid: {
      region: 'GB',
      filmId: 'valid-id',
      offers: [{ provider: 'Valid', kind: 'stream', href: 'https://example.com/watch' }],
    },
  },
  {
    tag: 'watchlist-button',
    element: WatchlistButton,
    valid: { filmId: 'valid-id', filmTitle: 'Valid title' },
  },
];

/** The public reactive properties of an element class, from Lit's own list (internal state left out). */
const publicProperties = (element: Case['element']) =>
  [...element.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));

describe('wrong types through every property', function () {
  this.timeout(60_000);

  let container: HTMLElement;
  let errors: ReturnType<typeof recordPageErrors>;
  let warnings: ReturnType<typeof muteWarnings>;
  let pollution: ReturnType<typeof snapshotPrototypes>;
  const fetched: string[] = [];
  const fetcher = (input: RequestInfo | URL) => {
    fetched.push(input instanceof Request ? input.url : input.toString());
    return Promise.resolve(
      new Response('{"title":"From src"}', { headers: { 'content-type': 'application/json' } }),
    );
  };

  beforeEach(() => {
    container = offscreen();
    errors = recordPageErrors();
    warnings = muteWarnings();
    pollution = snapshotPrototypes();
  });

  afterEach(() => {
    container.remove();
    warnings.restore();
    errors.stop();
    clearWatchlist();
    localStorage.clear();
    expect(pollution()).to.deep.equal([]);
  });

  const figures = { cases: 0, known: 0 };

  it('sees what a reader would, in nested shadow roots and accessible names', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<b aria-label="Rated NaN">x</b> undefined';
    expect(renderedText(host)).to.match(NONSENSE);
    expect(renderedText(host).match(new RegExp(NONSENSE, 'g'))!.sort()).to.deep.equal(['NaN', 'undefined']);
  });

  for (const { tag, element, valid } of cases) {
    it(`<${tag}>: ${publicProperties(element).length} properties × ${values.length} values`, async () => {
      const problems: string[] = [];
      const elements: { host: HTMLElement; label: string; property: string }[] = [];
      for (const property of publicProperties(element)) {
        for (const [name, value] of values) {
          const host = document.createElement(tag);
          Object.assign(host, valid);
          // Keeps a card off the network; `fetcher` itself is one of the properties tried.
          if (host instanceof FilmCard) Object.assign(host, { fetcher, loading: 'eager' });
          try {
            (host as unknown as Record<string, unknown>)[property] = value();
          } catch (error) {
            problems.push(`${property} = ${name}: the setter threw ${String(error)}`);
          }
          elements.push({ host, label: `${property} = ${name}`, property });
        }
      }
      container.append(...elements.map(({ host }) => host));
      // Every update of every element, and of the elements in its shadow root, must complete.
      const failed = new Set<string>();
      const settled = () =>
        Promise.all(
          elements.map(({ host, label }) =>
            settle([host]).catch((error) => {
              if (!failed.has(label)) problems.push(`${label}: an update threw ${error}`);
              failed.add(label);
            }),
          ),
        );
      await settled();
      // Loads through `fetcher` resolve in a task or two.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settled();

      for (const { host, label, property } of elements) {
        const text = renderedText(host).replace(/\s+/g, ' ');
        if (NONSENSE.test(text))
          problems.push(
            `${label}: shows ${JSON.stringify(text.match(NONSENSE)![0])} in "${text.slice(0, 120)}"`,
          );
        const unsafe = unsafeMarkup([host]);
        if (unsafe.length) problems.push(`${label}: ${unsafe.join(', ')}`);
        // The valid inputs still show, unless the wrong value replaced them.
        if (
          host instanceof FilmCard &&
          !['filmTitle', 'film', 'src', 'fetcher', 'adapters', 'loading', 'timeout'].includes(property)
        ) {
          const title = host.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim();
          if (title !== 'Valid title') problems.push(`${label}: the title is ${JSON.stringify(title)}`);
        }
      }
      problems.push(...errors.errors.filter((error) => !/^unhandled rejection/.test(error) || !failed.size));
      figures.cases += elements.length;
      figures.known += problems.filter((problem) => KNOWN[tag]?.test(problem)).length;
      expect(problems.filter((problem) => !KNOWN[tag]?.test(problem))).to.deep.equal([]);
      expect(
        fetched.filter((url) => !/^https?:\/\//.test(url) || /undefined|null|object|Symbol|NaN/.test(url)),
        'fetched URLs',
      ).to.deep.equal([]);
    });
  }

  after(() => {
    // eslint-disable-next-line no-console
    console.log(
      `wrong types: ${cases.map(({ tag, element }) => `<${tag}> ${publicProperties(element).length}`).join(', ')} properties × ${values.length} values = ${figures.cases} cases; ` +
        `0 unexpected throws or nonsense renders; ${figures.known} failures from the known defects in defects.test.ts`,
    );
  });
});
