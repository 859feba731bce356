// The shapes real services and real pages send, one rule at a time, and the card-level promises
// that go with them: custom adapters first, one validated Film, inline JSON read once per change.
import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/film-card/define.js';
// The card draws its availability block itself: <watch-availability> alone is defined on its own.
import '../../src/watch-availability/define.js';
import { adaptFilm, defaultAdapters, FilmApiError, type FilmAdapter } from '../../src/data/adapters/index.js';
import type { FilmLoadEvent } from '../../src/data/events.js';
import { normalizeFields } from '../../src/data/normalize.js';
import { minutes } from '../../src/data/readers.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { WatchAvailability } from '../../src/watch-availability/watch-availability.js';
import { captureWarnings } from '../helpers/console.js';
import { unique } from './http.js';

const real = async (name: string) => (await fetch(`/real/${name}`)).json();

/** Counts JSON.parse calls on exactly `text` while `run` runs. */
async function parsesOf(text: string, run: () => Promise<void>): Promise<number> {
  const original = JSON.parse;
  let count = 0;
  JSON.parse = ((input: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    if (input === text) count++;
    return original(input, reviver);
  }) as typeof JSON.parse;
  try {
    await run();
  } finally {
    JSON.parse = original;
  }
  return count;
}

describe('real shapes', () => {
  describe('ISO 8601 durations', () => {
    for (const [text, expected] of [
      ['PT2H32M', 152],
      ['PT2H', 120],
      ['PT9M', 9],
      ['PT6720S', 112],
      ['PT1H52M30S', 113],
      ['PT1.5H', 90],
      ['PT1,5H', 90],
      ['P0DT1H52M', 112],
      ['P1D', 1440],
      ['P1W', 10080],
      ['pt1h52m', 112],
      ['112', 112],
      ['112 min', 112],
      ['1h 52m', 112],
    ] as const)
      it(`reads "${text}" as ${expected} minutes`, () => {
        expect(minutes(text)).to.equal(expected);
      });

    for (const text of ['P', 'PT', 'P1Y', 'P2M', 'PT1H52', 'T1H', 'PTH', 'P1DT'])
      it(`reads "${text}" as no running time`, () => {
        expect(minutes(text)).to.equal(undefined);
      });
  });

  describe('schema.org JSON-LD as pages write it', () => {
    it('finds the Movie in a @graph, typed as a list ["Movie"]', () => {
      const film = adaptFilm({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'A blog post' },
          { '@type': ['Movie'], name: 'Nosferatu', dateCreated: '1922-03-04', duration: 'PT1H34M' },
        ],
      });
      expect(film).to.include({ title: 'Nosferatu', releaseDate: '1922-03-04', year: 1922, runtime: 94 });
    });

    it('takes the release date from releasedEvent, else datePublished, else dateCreated', () => {
      expect(adaptFilm({ '@type': 'Movie', name: 'A', datePublished: '2001-02-03' }).releaseDate).to.equal(
        '2001-02-03',
      );
      expect(adaptFilm({ '@type': 'Movie', name: 'A', dateCreated: '2002-03-04' }).releaseDate).to.equal(
        '2002-03-04',
      );
      expect(
        adaptFilm({
          '@type': 'Movie',
          name: 'A',
          releasedEvent: { '@type': 'PublicationEvent', startDate: '2003-04-05', location: 'GB' },
        }).releaseDate,
      ).to.equal('2003-04-05');
      expect(adaptFilm({ '@type': 'Movie', name: 'A', dateCreated: '1999' }).year).to.equal(1999);
      expect(
        adaptFilm({
          '@type': 'Movie',
          name: 'A',
          datePublished: '2001-02-03',
          releasedEvent: { '@type': 'PublicationEvent', startDate: '2003-04-05' },
        }).releaseDate,
      ).to.equal('2003-04-05');
    });

    it('reads numbers written as strings ("8.3", "10.0", "1,039,231") and a rating given as a list', () => {
      const film = adaptFilm({
        '@type': 'Movie',
        name: 'A',
        aggregateRating: [
          { '@type': 'AggregateRating' },
          { ratingValue: '8.3', bestRating: '10.0', worstRating: '1.0', ratingCount: '1,039,231' },
        ],
      });
      expect(film.ratings).to.deep.equal([{ value: 8.3, scale: 10, votes: 1_039_231 }]);
    });

    it('points IMDb-relative links at imdb.com and names the rating IMDb', async () => {
      const film = adaptFilm(await real('imdb-jsonld-the-dark-knight.json'));
      expect(film.id).to.equal('tt0468569');
      expect(film.href).to.equal('https://www.imdb.com/title/tt0468569/');
      expect(film.directors).to.deep.equal([
        { name: 'Christopher Nolan', href: 'https://www.imdb.com/name/nm0634240/' },
      ]);
      expect(film.ratings).to.deep.equal([{ source: 'imdb', value: 9, scale: 10, votes: 2_231_802 }]);
    });

    it('drops relative links when the data names no site, rather than pointing them at the page, with one warning per field', () => {
      const warnings: string[] = [];
      const film = adaptFilm(
        {
          '@type': 'Movie',
          name: 'A',
          url: '/films/a/',
          image: '/posters/a.jpg',
          director: { name: 'B', url: '/people/b/' },
          actor: [
            { name: 'C', url: '/people/c/' },
            { name: 'D', url: '/people/d/' },
          ],
        },
        { warn: (field, message) => warnings.push(`${field}: ${message}`) },
      );
      expect(film.href).to.equal(undefined);
      expect(film.poster).to.equal(undefined);
      expect(film.directors).to.deep.equal([{ name: 'B' }]);
      expect(film.cast).to.deep.equal([{ name: 'C' }, { name: 'D' }]);
      const reason = '(a relative link, and the data names no address to resolve it against)';
      expect(warnings).to.deep.equal([
        `poster.src: ignored "/posters/a.jpg" ${reason}`,
        `directors.href: ignored "/people/b/" ${reason}`,
        `cast.href: ignored "/people/c/" ${reason}`,
        `href: ignored "/films/a/" ${reason}`,
      ]);
    });

    it('resolves relative links against its own absolute @id or url, else the address it came from, never its sameAs', () => {
      const parasite = {
        '@type': 'Movie',
        name: 'Parasite',
        url: '/films/parasite',
        image: '/img/p.jpg',
        sameAs: 'https://www.imdb.com/title/tt6751668/',
      };
      const loaded = adaptFilm(parasite, { base: 'https://blog.example/p.json' });
      expect(loaded.href).to.equal('https://blog.example/films/parasite');
      expect(loaded.poster).to.deep.equal({ src: 'https://blog.example/img/p.jpg' });
      expect(loaded.id).to.equal('tt6751668');

      const warnings: string[] = [];
      const pasted = adaptFilm(parasite, { warn: (field) => warnings.push(field) });
      expect(pasted.poster).to.equal(undefined);
      expect(pasted.href).to.equal('https://www.imdb.com/title/tt6751668/');
      expect(warnings).to.deep.equal(['poster.src']);

      const named = adaptFilm({
        ...parasite,
        url: undefined,
        '@id': 'https://blog.example/films/parasite#film',
      });
      expect(named.poster).to.deep.equal({ src: 'https://blog.example/img/p.jpg' });
      // The address it names wins over the one it was loaded from: a copy fetched through a proxy, or
      // rendered by another site's server, still points at the site that published it.
      const elsewhere = adaptFilm(
        { '@type': 'Movie', name: 'A', url: 'https://films.example/a/', image: '/posters/a.jpg' },
        { base: 'https://proxy.example/data/a.json' },
      );
      expect(elsewhere.poster).to.deep.equal({ src: 'https://films.example/posters/a.jpg' });
      expect(elsewhere.href).to.equal('https://films.example/a/');
    });

    it('drops a link that is not http(s) (javascript:, data:) with one warning naming the field', () => {
      const warnings: string[] = [];
      const film = adaptFilm(
        {
          '@type': 'Movie',
          name: 'A',
          url: 'javascript:alert(1)',
          image: 'data:image/svg+xml,<svg onload=alert(1)>',
          trailer: { '@type': 'VideoObject', url: 'javascript:alert(2)' },
        },
        { warn: (field, message) => warnings.push(`${field}: ${message}`) },
      );
      expect([film.href, film.poster, film.trailer]).to.deep.equal([undefined, undefined, undefined]);
      expect(warnings.map((warning) => warning.split(':')[0]).sort()).to.deep.equal([
        'href',
        'poster.src',
        'trailer',
      ]);
      for (const warning of warnings) expect(warning).to.include('not an http(s) link');
    });

    it('shows entities decoded as text, never as markup', async () => {
      const json = JSON.stringify({
        '@type': 'Movie',
        name: 'Mater&apos;s &lt;img src=x onerror=alert(1)&gt;',
        description: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
      });
      const card = await render<FilmCard>(
        html`<film-card lang="en"><script type="application/ld+json">${json}</script></film-card>`,
      );
      await card.updateComplete;
      const title = card.shadowRoot!.querySelector('[part="title"]')!;
      expect(title.textContent.trim()).to.equal("Mater's <img src=x onerror=alert(1)>");
      expect(card.shadowRoot!.querySelector('img, [part="synopsis"] script')).to.equal(null);
      expect(card.shadowRoot!.querySelector('[part="synopsis"]')!.textContent).to.include(
        '<script>alert(1)</script> & more',
      );
    });

    it('resolves relative links against the site the data names, or the address it was loaded from', () => {
      const named = adaptFilm({
        '@type': 'Movie',
        name: 'A',
        url: 'https://films.example/a/',
        image: '/posters/a.jpg',
      });
      expect(named.poster).to.deep.equal({ src: 'https://films.example/posters/a.jpg' });
      const loaded = adaptFilm(
        { '@type': 'Movie', name: 'A', image: 'a.jpg' },
        { base: 'https://data.example/films/a.json' },
      );
      expect(loaded.poster).to.deep.equal({ src: 'https://data.example/films/a.jpg' });
    });
  });

  describe('service error answers', () => {
    it('OMDb and TMDB error answers throw a FilmApiError with the service message', async () => {
      for (const [name, service, message] of [
        ['omdb-error-not-found.json', 'OMDb', 'Movie not found!'],
        ['tmdb-resource-not-found.json', 'TMDB', 'The resource you requested could not be found.'],
        ['tmdb-invalid-api-key.json', 'TMDB', 'Invalid API key'],
      ] as const) {
        const json = await real(name);
        let error: unknown;
        try {
          adaptFilm(json);
        } catch (caught) {
          error = caught;
        }
        expect(error, name).to.be.instanceOf(FilmApiError);
        expect((error as FilmApiError).service).to.equal(service);
        expect((error as FilmApiError).message).to.include(message);
      }
    });
  });

  describe('custom adapters', () => {
    const tagged: FilmAdapter = {
      name: 'tagged',
      detect: (json) => typeof json === 'object' && json !== null && 'movieName' in json,
      adapt: (json) => ({ title: (json as { movieName: string }).movieName }),
    };

    it('run before the built-in ones: the built-ins still read what the custom ones do not', async () => {
      const tmdb = await real('tmdb-movie-details.json');
      expect(adaptFilm(tmdb, { adapters: [tagged] }).title).to.equal('Fight Club');
      expect(adaptFilm({ movieName: 'Mine' }, { adapters: [tagged] }).title).to.equal('Mine');
    });

    it('win over a built-in one that also recognises the JSON', async () => {
      const tmdb = await real('tmdb-movie-details.json');
      const retitled: FilmAdapter = {
        name: 'retitled',
        detect: (json) => typeof json === 'object' && json !== null && 'original_title' in json,
        adapt: (json) => ({ title: `${(json as { title: string }).title} (mine)` }),
      };
      expect(adaptFilm(tmdb, { adapters: [retitled] }).title).to.equal('Fight Club (mine)');
      expect(adaptFilm(tmdb, { adapters: [retitled, ...defaultAdapters] }).title).to.equal(
        'Fight Club (mine)',
      );
    });

    it('on a card: a custom shape inline and a TMDB src on the same card are both read', async () => {
      const card = document.createElement('film-card');
      card.adapters = [tagged];
      card.setAttribute('loading', 'eager');
      card.setAttribute('lang', 'en');
      card.innerHTML = `<script type="application/json">{"movieName":"Mine","synopsis":"Inline synopsis."}</script>`;
      card.src = unique('/real/tmdb-movie-details.json');
      const loaded = oneEvent<FilmLoadEvent>(card, 'film-load');
      await render(html`<div>${card}</div>`);
      const { detail } = await loaded;
      // Inline JSON wins over src field by field: its title; the runtime only src gives.
      expect(detail.film.title).to.equal('Mine');
      expect(detail.film.runtime).to.equal(139);
      expect(detail.film.ratings).to.deep.equal([{ source: 'tmdb', value: 8.44, scale: 10, votes: 27917 }]);
    });
  });

  describe('one Film, validated once', () => {
    it('ids longer than 100 characters are dropped with one warning each, never cut into one id', () => {
      const warnings: string[] = [];
      const long = (end: string) => `${'x'.repeat(120)}${end}`;
      const a = normalizeFields({ id: long('a'), title: 'A' }, (field, message) =>
        warnings.push(`${field}: ${message}`),
      );
      const b = normalizeFields({ id: long('b'), title: 'B' }, (field, message) =>
        warnings.push(`${field}: ${message}`),
      );
      expect(a.id).to.equal(undefined);
      expect(b.id).to.equal(undefined);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/^id: ignored ".*" \(longer than 100 characters\)$/);
      expect(normalizeFields({ id: 'x'.repeat(100) }, () => {}).id).to.have.length(100);
    });

    it('two cards with long, distinct ids do not share a watchlist entry', async () => {
      const warnings = captureWarnings();
      try {
        const page = await render(html`<div>
          <film-card film-title="A" film-id=${'x'.repeat(120) + 'a'}></film-card>
          <film-card film-title="B" film-id=${'x'.repeat(120) + 'b'}></film-card>
        </div>`);
        const cards = [...page.querySelectorAll('film-card')] as FilmCard[];
        await Promise.all(cards.map((card) => card.updateComplete));
        for (const card of cards) {
          const button = card.shadowRoot!.querySelector('[part~="watchlist-button"]');
          expect(Boolean(button), 'a watchlist button').to.equal(false);
        }
        expect(warnings.messages.filter((message) => message.includes('film-id'))).to.have.length(2);
      } finally {
        warnings.restore();
      }
    });

    it('offers follow the precedence of every field: film property > <watch-offer> children > offers attribute > inline JSON > src', async () => {
      const card = document.createElement('film-card');
      for (const [name, value] of Object.entries({
        lang: 'en',
        region: 'GB',
        loading: 'eager',
        'film-title': 'Fight Club',
        offers: '[{"provider":"AttributeFlix","kind":"rent"}]',
      }))
        card.setAttribute(name, value);
      card.innerHTML = `<script type="application/json">{"title":"Inline","offers":[{"provider":"InlineFlix","kind":"stream"}]}</script>
        <watch-offer provider="ChildFlix" kind="buy"></watch-offer>`;
      card.src = unique('/real/tmdb-movie-watch-providers.json');
      const loaded = oneEvent<FilmLoadEvent>(card, 'film-load');
      await render(html`<div>${card}</div>`);
      await loaded;
      const providers = async () => {
        await new Promise((resolve) => setTimeout(resolve));
        await card.updateComplete;
        return [...card.shadowRoot!.querySelectorAll('[part="availability-provider"]')].map((p) =>
          p.textContent.trim(),
        );
      };
      card.film = { offers: [{ provider: 'PropertyFlix', kind: 'free' }] };
      expect(await providers()).to.deep.equal(['PropertyFlix']);
      card.film = undefined;
      expect(await providers()).to.deep.equal(['ChildFlix']);
      card.querySelector('watch-offer')!.remove();
      expect(await providers()).to.deep.equal(['AttributeFlix']);
      card.removeAttribute('offers');
      expect(await providers()).to.deep.equal(['InlineFlix']);
      card.querySelector('script')!.remove();
      expect(await providers()).to.include.members(['Netflix']);
    });

    it('the offers attribute is parsed once per change, not on every render', async () => {
      const offers = '[{"provider":"StreamFlix","kind":"stream"}]';
      const count = await parsesOf(offers, async () => {
        const card = await render<FilmCard>(
          html`<film-card film-title="A" region="GB" offers=${offers}></film-card>`,
        );
        for (let i = 0; i < 3; i++) {
          card.requestUpdate();
          await card.updateComplete;
        }
        card.inWatchlist = true;
        await card.updateComplete;
      });
      expect(count).to.equal(1);
    });

    it('inline JSON is parsed once per change of the script, not when a <watch-offer> changes', async () => {
      const json = JSON.stringify({ '@type': 'Movie', name: 'Inline' });
      let card!: FilmCard;
      const count = await parsesOf(json, async () => {
        card = await render<FilmCard>(html`<film-card region="GB">
          <script type="application/ld+json">${json}</script>
          <watch-offer provider="StreamFlix" kind="stream"></watch-offer>
        </film-card>`);
        const offer = card.querySelector('watch-offer')!;
        for (const provider of ['A', 'B', 'C']) {
          offer.setAttribute('provider', provider);
          await new Promise((resolve) => setTimeout(resolve));
          await card.updateComplete;
        }
      });
      expect(count).to.equal(1);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="availability-provider"]')!.textContent).to.equal('C');
      const script = card.querySelector('script')!;
      const changed = JSON.stringify({ '@type': 'Movie', name: 'Changed' });
      const again = await parsesOf(changed, async () => {
        script.textContent = changed;
        await new Promise((resolve) => setTimeout(resolve));
        await card.updateComplete;
      });
      expect(again).to.equal(1);
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent.trim()).to.equal('Changed');
    });

    it('inline JSON above 1 MB is ignored with one warning, as src is', async () => {
      const warnings = captureWarnings();
      try {
        const big = JSON.stringify({ '@type': 'Movie', name: 'Big', description: 'x'.repeat(1_100_000) });
        const card = await render<FilmCard>(html`<film-card film-title="Attributes">
          <script type="application/ld+json">${big}</script>
        </film-card>`);
        await card.updateComplete;
        expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent.trim()).to.equal('Attributes');
        expect(warnings.messages.filter((message) => message.includes('larger than 1024 KB'))).to.have.length(
          1,
        );
      } finally {
        warnings.restore();
      }
    });

    it('<watch-availability> alone validates its inputs once, in willUpdate, not on every render', async () => {
      let reads = 0;
      const offer = {
        kind: 'stream',
        get provider() {
          reads++;
          return 'StreamFlix';
        },
      };
      const block = await render<WatchAvailability>(
        html`<watch-availability region="GB" .offers=${[offer]}></watch-availability>`,
      );
      for (let i = 0; i < 3; i++) {
        block.requestUpdate();
        await block.updateComplete;
      }
      block.inWatchlist = true;
      await block.updateComplete;
      expect(reads).to.equal(1);
      expect(block.shadowRoot!.querySelector('[part="provider"]')!.textContent).to.equal('StreamFlix');
    });
  });
});
