// Defects the hardening tests found, one test each; every one failed before its fix.
// Each title says what the test asserts; none cites code, which moves.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/register.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { RatingBadge } from '../../src/rating-badge/rating-badge.js';
import { normalizeFields } from '../../src/data/normalize.js';
import { AHEAD, PER_ORIGIN } from '../../src/data/loader.js';
import { clearWatchlist, readWatchlist } from '../../src/watchlist/store.js';
import { loadWatchlistStore } from '../../src/watchlist/load-store.js';
import type { WatchlistErrorEvent } from '../../src/watchlist/events.js';
import { muteWarnings, recordPageErrors, settle } from './helpers.js';

const part = (host: Element, name: string) =>
  host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Sets each value on `property` of a new element and lists the updates that threw or rendered nothing. */
async function updatesThatThrow(
  tag: string,
  property: string,
  values: unknown[],
  base: Record<string, unknown> = {},
) {
  const errors = recordPageErrors();
  const warnings = muteWarnings();
  const thrown: string[] = [];
  try {
    for (const value of values) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      Object.assign(el, base, { [property]: value });
      document.body.append(el);
      const label = typeof value === 'symbol' ? 'Symbol()' : typeof value;
      await settle([el]).catch((error: unknown) =>
        thrown.push(`${label}: ${error instanceof Error ? error.message : 'non-Error thrown'}`),
      );
      // An update that threw leaves the shadow root empty: that counts as a throw too.
      if (!el.shadowRoot?.childElementCount) thrown.push(`${label}: rendered nothing`);
      el.remove();
    }
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    warnings.restore();
    errors.stop();
  }
  return [
    ...thrown,
    ...errors.errors.filter((error) => !/^unhandled rejection/.test(error) || !thrown.length),
  ];
}

const unprintable = [Symbol('s'), Object.create(null)];

describe('defects found by the hardening tests', () => {
  afterEach(() => {
    clearWatchlist();
    localStorage.clear();
  });

  // First in this file: it needs the first lazy card of the page, the one that creates the shared observer.
  it('the shared IntersectionObserver keeps no lazy card alive once it leaves', async () => {
    const count = async () =>
      (
        await executeServerCommand<Record<string, number>, { prototypes: string[] }>('count-live-objects', {
          prototypes: ["customElements.get('film-card').prototype"],
        })
      )["customElements.get('film-card').prototype"];
    const before = await count();
    await (async () => {
      const el = document.createElement('film-card');
      Object.assign(el, { src: '/api/title?t=Lazy', filmTitle: 'Lazy' });
      el.style.cssText = 'position: absolute; top: 100000px';
      document.body.append(el);
      await el.updateComplete;
      el.remove();
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await count()).to.equal(before);
  });

  describe('<rating-badge>', () => {
    for (const source of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      it(`reads source="${source}" as free text, not as a key of Object.prototype`, async () => {
        const el = await fixture<RatingBadge>(html`<rating-badge value="7" source=${source}></rating-badge>`);
        expect(part(el, 'badge')!.getAttribute('aria-label')).to.equal(`Rated 7 out of 10 by ${source}`);
        expect(part(el, 'source')!.textContent).to.equal(source);
        expect(part(el, 'scale')!.textContent).to.equal('/10');
      });
    }

    it('renders a value or max that cannot be printed without throwing', async () => {
      expect(await updatesThatThrow('rating-badge', 'value', unprintable)).to.deep.equal([]);
      expect(await updatesThatThrow('rating-badge', 'max', unprintable, { value: 5 })).to.deep.equal([]);
    });

    it('never shows "-0"', async () => {
      const el = await fixture<RatingBadge>(
        html`<rating-badge value="-0" votes="-0" source="imdb"></rating-badge>`,
      );
      expect(part(el, 'value')!.textContent).to.equal('0');
      expect(part(el, 'votes')!.textContent).to.equal('(0)');
      expect(part(el, 'badge')!.getAttribute('aria-label')).not.to.contain('-0');
    });
  });

  describe('<watchlist-button>', () => {
    it('renders a variant that cannot be written as an attribute without throwing', async () => {
      expect(
        await updatesThatThrow('watchlist-button', 'variant', unprintable, { filmId: 'x' }),
      ).to.deep.equal([]);
    });

    it('saves a click even when the host removes the button at once', async () => {
      const el = document.createElement('watchlist-button');
      Object.assign(el, { filmId: 'removed', watchlist: 'local' });
      document.body.append(el);
      await el.updateComplete;
      el.addEventListener('watchlist-add', () => el.remove());
      el.shadowRoot!.querySelector('button')!.click();
      await el.updateComplete;
      expect(readWatchlist().map((film) => film.id)).to.deep.equal(['removed']);
    });

    // Stubbed in this page only, as in the React test: the real quota is filled in test/reliability.
    it('tells the page when the click cannot be saved, though the host removed the button at once', async () => {
      const el = document.createElement('watchlist-button');
      Object.assign(el, { filmId: 'removed-unsaved', watchlist: 'local' });
      document.body.append(el);
      await el.updateComplete;
      await loadWatchlistStore();
      const errors: string[] = [];
      const heard = (event: Event) => errors.push((event as WatchlistErrorEvent).detail.film.id);
      document.addEventListener('watchlist-error', heard);
      el.addEventListener('watchlist-add', () => el.remove());
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        el.shadowRoot!.querySelector('button')!.click();
      } finally {
        Storage.prototype.setItem = setItem;
        document.removeEventListener('watchlist-error', heard);
      }
      expect(errors).to.deep.equal(['removed-unsaved']);
    });
  });

  describe('<film-card> data', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'From JSON-LD',
      datePublished: '2018-09-14',
    };
    const tmdb = { id: 1, title: 'From TMDB', original_title: 'From TMDB', release_date: '2018-09-14' };
    const omdb = { Title: 'From OMDb', Year: '2018', Response: 'True' };
    for (const [name, film] of [
      ['schema.org JSON-LD', jsonLd],
      ['TMDB', tmdb],
      ['OMDb', omdb],
    ] as const) {
      it(`takes ${name} through the film property, as documented`, async () => {
        const el = await fixture<FilmCard>(html`<film-card .film=${film}></film-card>`);
        expect(part(el, 'title')?.textContent?.trim()).to.equal(
          film === jsonLd ? 'From JSON-LD' : film === tmdb ? 'From TMDB' : 'From OMDb',
        );
        expect(part(el, 'meta')!.textContent).to.contain('2018');
      });
    }

    it('does not throw, nor fetch "[object Object]", for a src that is not a string', async () => {
      const fetched: string[] = [];
      const fetcher = (input: RequestInfo | URL) => {
        fetched.push(input instanceof Request ? input.url : input.toString());
        return Promise.resolve(new Response('{"title":"From src"}'));
      };
      const thrown = await updatesThatThrow('film-card', 'src', [...unprintable, {}, ['a'], 42], {
        fetcher,
        loading: 'eager',
        filmTitle: 'T',
      });
      expect(thrown).to.deep.equal([]);
      expect(fetched).to.deep.equal([]);
    });

    it('loads a src given as a URL object', async () => {
      const el = await fixture<FilmCard>(
        html`<film-card loading="eager" .src=${new URL('/api/title?t=From+a+URL', location.href)}></film-card>`,
      );
      await new Promise((resolve) => el.addEventListener('film-load', resolve, { once: true }));
      await el.updateComplete;
      expect(part(el, 'title')!.textContent.trim()).to.equal('From a URL');
    });
  });

  describe('loader', () => {
    it('keeps a few requests per origin in flight, however many cards load at once', async () => {
      let inFlight = 0;
      let most = 0;
      const fetcher = async (input: RequestInfo | URL) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return new Response(
          JSON.stringify({
            title: new URL(input instanceof Request ? input.url : input.toString()).searchParams.get('t'),
          }),
        );
      };
      const container = document.createElement('div');
      container.style.display = 'none';
      document.body.append(container);
      const cards = Array.from({ length: 200 }, (_, i) => {
        const card = document.createElement('film-card');
        Object.assign(card, { fetcher, loading: 'eager', src: `https://films.example/api?t=Film+${i}` });
        return card;
      });
      const loaded = cards.map(
        (card) => new Promise((resolve) => card.addEventListener('film-load', resolve, { once: true })),
      );
      container.append(...cards);
      await Promise.all(loaded);
      container.remove();
      // Chrome refuses requests (net::ERR_INSUFFICIENT_RESOURCES) once a page has a few hundred outstanding.
      // The origin's connections, plus the few handed to the browser ahead of their turn.
      expect(most).to.be.within(1, PER_ORIGIN + AHEAD);
    });
  });

  describe('values no attribute or number can hold', () => {
    it('<film-card> renders a variant or theme that cannot be written as an attribute without throwing', async () => {
      expect(await updatesThatThrow('film-card', 'variant', unprintable, { filmTitle: 'T' })).to.deep.equal(
        [],
      );
      expect(await updatesThatThrow('film-card', 'theme', unprintable, { filmTitle: 'T' })).to.deep.equal([]);
    });

    it('<film-card> renders a watchlist that cannot be written as an attribute without throwing', async () => {
      expect(
        await updatesThatThrow('film-card', 'watchlist', unprintable, { filmTitle: 'T', filmId: 'x' }),
      ).to.deep.equal([]);
    });

    it('<film-card> renders a heading-level that cannot be made a number without throwing', async () => {
      expect(
        await updatesThatThrow('film-card', 'headingLevel', [...unprintable, 3n], { filmTitle: 'T' }),
      ).to.deep.equal([]);
    });

    it('<film-card> renders an offers property that is not a string without throwing', async () => {
      expect(
        await updatesThatThrow('film-card', 'offers', [[], {}, 1, true], { filmTitle: 'T' }),
      ).to.deep.equal([]);
    });

    it('<watch-availability> renders a target that cannot be written as an attribute without throwing', async () => {
      const offers = [{ provider: 'P', kind: 'stream', href: 'https://example.com/' }];
      expect(await updatesThatThrow('watch-availability', 'target', unprintable, { offers })).to.deep.equal(
        [],
      );
    });

    it('<watch-availability> renders a max-offers or heading-level that cannot be made a number without throwing', async () => {
      const offers = [{ provider: 'P', kind: 'stream' }];
      expect(
        await updatesThatThrow('watch-availability', 'maxOffers', [...unprintable, 3n], { offers }),
      ).to.deep.equal([]);
      expect(
        await updatesThatThrow('watch-availability', 'headingLevel', [...unprintable, 3n], { offers }),
      ).to.deep.equal([]);
    });

    it('normalizeFields keeps the other fields when a runtime or an offer kind cannot be read as text', () => {
      const warnings = muteWarnings();
      try {
        expect(normalizeFields({ title: 'Kept', runtime: Object.create(null) }, () => {}).title).to.equal(
          'Kept',
        );
        expect(
          normalizeFields(
            {
              title: 'Kept',
              availability: [{ region: 'GB', offers: [{ provider: 'P', kind: Object.create(null) }] }],
            },
            () => {},
          ).title,
        ).to.equal('Kept');
      } finally {
        warnings.restore();
      }
    });

    it('<film-card> keeps its title when another property holds an unreadable value', async () => {
      const el = document.createElement('film-card');
      Object.assign(el, { filmTitle: 'Kept', runtime: Object.create(null) });
      const warnings = muteWarnings();
      document.body.append(el);
      await el.updateComplete;
      warnings.restore();
      el.remove();
      expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Kept');
    });
  });
});
