// Every response in test/fixtures/real/ (see its SOURCES.md) rendered by a <film-card>, loaded over
// real HTTP from the test server (test/server/fixture-routes.mjs), and read back as a reader sees it.
import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmErrorEvent, FilmLoadEvent } from '../../src/data/events.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { WatchlistEvent } from '../../src/watchlist/events.js';
import { captureWarnings } from '../helpers/console.js';
import { unique } from './http.js';

/** Text of a node, shadow roots included, with runs of white space as one space. */
function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof HTMLElement && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(current.tagName)) return;
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    const root = current instanceof Element ? current.shadowRoot : null;
    // A shadow root renders its own children: only slotted light DOM would show, and cards have none that matters here.
    for (const child of (root ?? current).childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const part = (card: FilmCard, name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`);
const partText = (card: FilmCard, name: string) => {
  const found = part(card, name);
  return found ? deepText(found) : '';
};

/** Each rating badge as read: "IMDb 9/10 (2.2M)", "Rotten Tomatoes 70%". */
function badges(card: FilmCard): string[] {
  return [...card.shadowRoot!.querySelectorAll('[part~="rating-badge"]')].map((badge) => {
    const read = (name: string) => badge.querySelector(`[part="rating-${name}"]`)?.textContent?.trim() ?? '';
    return [read('source'), `${read('value')}${read('scale')}`, read('votes')].filter(Boolean).join(' ');
  });
}

/** Every offer shown for the card's region (after "+N more"), as "kind: provider". */
async function offers(card: FilmCard): Promise<string[]> {
  // The card draws the block in its own shadow root, under its parts prefixed `availability-`.
  const block = part(card, 'availability');
  if (!block) return [];
  // Each group collapses on its own: open every "+N more".
  for (const more of block.querySelectorAll<HTMLButtonElement>('[part="availability-more"]')) {
    if (more.getAttribute('aria-expanded') === 'false') more.click();
  }
  await card.updateComplete;
  return [...block.querySelectorAll('[part="availability-group"]')].flatMap((group) => {
    const kind = group.querySelector('[part="availability-heading"]')!.textContent.trim();
    return [...group.querySelectorAll('[part="availability-provider"]')].map(
      (provider) => `${kind}: ${provider.textContent.trim()}`,
    );
  });
}

async function load(src: string, attributes: Record<string, string> = {}) {
  const card = document.createElement('film-card');
  for (const [name, value] of Object.entries({ lang: 'en', region: 'GB', loading: 'eager', ...attributes }))
    card.setAttribute(name, value);
  card.src = unique(src);
  const loaded = oneEvent<FilmLoadEvent>(card, 'film-load');
  await render(html`<div>${card}</div>`);
  await loaded;
  return settled(card);
}

/** The card once it has rendered, its availability block with it. */
async function settled(card: FilmCard) {
  await card.updateComplete;
  return card;
}

/** A card with a file of the corpus pasted inside it, as a blogger pastes a page's script: a `.html`
 * file is a whole `<script>` element as the page had it, a `.json` file the text of one. */
async function paste(file: string, attributes: Record<string, string> = {}) {
  const text = await (await fetch(`/real/${file}`)).text();
  const card = document.createElement('film-card');
  for (const [name, value] of Object.entries({ lang: 'en', region: 'GB', ...attributes }))
    card.setAttribute(name, value);
  if (file.endsWith('.html')) card.innerHTML = text;
  else {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = text;
    card.append(script);
  }
  await render(html`<div>${card}</div>`);
  return settled(card);
}

/** The film id the card's watchlist button saves: the one its click's `watchlist-add` carries (the
 * event is vetoed, so the card is left as it was). Undefined without a button. */
function watchlistId(card: FilmCard): string | undefined {
  const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="watchlist-button"]');
  if (!button) return undefined;
  let id: string | undefined;
  const listener = (event: Event) => {
    id = (event as WatchlistEvent).detail.film.id;
    event.preventDefault();
  };
  card.addEventListener('watchlist-add', listener);
  button.click();
  card.removeEventListener('watchlist-add', listener);
  return id;
}

/** Every link the card shows. */
const links = (card: FilmCard) =>
  [...card.shadowRoot!.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);

/** What no card may ever show. */
function expectClean(card: FilmCard) {
  const text = deepText(card);
  expect(text).not.to.match(/undefined|NaN|null|\[object/);
}

describe('real responses (test/fixtures/real)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('has a line in SOURCES.md and a test in this file for every file', async () => {
    const files = ((await (await fetch('/real/')).json()) as string[]).filter(
      (name) => name !== 'SOURCES.md',
    );
    const sources = await (await fetch('/test/fixtures/real/SOURCES.md')).text();
    const tests = await (await fetch('/test/data/real-corpus.test.ts')).text();
    // The TMDB parts are read through the appended answer the test server builds from them.
    const parts = ['tmdb-movie-credits.json', 'tmdb-movie-release-dates.json', 'tmdb-movie-videos.json'];
    expect(files.length).to.be.greaterThan(20);
    expect(files.filter((name) => !sources.includes(`\`${name}\``))).to.deep.equal([]);
    expect(files.filter((name) => !tests.includes(name) && !parts.includes(name))).to.deep.equal([]);
  });

  describe('IMDb title-page JSON-LD', () => {
    it('The Dark Knight (blockbuster): title, year, runtime, IMDb 9/10 with its votes, director, links on imdb.com', async () => {
      const card = await load('/real/imdb-jsonld-the-dark-knight.json');
      expect(partText(card, 'title')).to.equal('The Dark Knight');
      expect(partText(card, 'meta')).to.include('2008').and.include('2 hr 32 min');
      expect(badges(card)).to.deep.equal(['IMDb 9/10 (2.2M)']);
      expect(partText(card, 'facts')).to.include('Christopher Nolan');
      expect(part(card, 'title')!.querySelector('a')!.href).to.equal('https://www.imdb.com/title/tt0468569/');
      expect(watchlistId(card)).to.equal('tt0468569');
      expect(part(card, 'trailer')?.getAttribute('href')).to.match(/^https:\/\/www\.imdb\.com\/video\//);
      expectClean(card);
    });

    it('Cartel Land (documentary): IMDb 7.4/10 (17.6K), 1 hr 40 min, director', async () => {
      const card = await load('/real/imdb-jsonld-cartel-land.json');
      expect(partText(card, 'title')).to.equal('Cartel Land');
      expect(partText(card, 'meta')).to.include('2015').and.include('1 hr 40 min').and.include('Documentary');
      expect(badges(card)).to.deep.equal(['IMDb 7.4/10 (17.6K)']);
      expect(partText(card, 'facts')).to.include('Matthew Heineman');
      expectClean(card);
    });

    it('Sophie Scholl - Die letzten Tage (German, "PT2H"): 2 hr, IMDb 7.6/10 (26.1K)', async () => {
      const card = await load('/real/imdb-jsonld-sophie-scholl-die-letzten-tage.json');
      expect(partText(card, 'title')).to.equal('Sophie Scholl - Die letzten Tage');
      expect(partText(card, 'meta')).to.include('2005').and.include('2 hr');
      expect(badges(card)).to.deep.equal(['IMDb 7.6/10 (26.1K)']);
      expect(partText(card, 'facts')).to.include('Marc Rothemund');
      expectClean(card);
    });

    it('El laberinto del fauno (Spanish, name escaped as \\u): director with his accent-free name, IMDb 8.2/10', async () => {
      const card = await load('/real/imdb-jsonld-pans-labyrinth.json');
      expect(partText(card, 'title')).to.equal('El laberinto del fauno');
      expect(partText(card, 'meta')).to.include('2006').and.include('1 hr 58 min');
      expect(badges(card)).to.deep.equal(['IMDb 8.2/10 (604.9K)']);
      expect(partText(card, 'facts')).to.include('Guillermo del Toro');
      expectClean(card);
    });

    it('Abe (a short, "PT9M"): 9 min, IMDb 6.7/10 (1.4K)', async () => {
      const card = await load('/real/imdb-jsonld-abe.json');
      expect(partText(card, 'title')).to.equal('Abe');
      expect(partText(card, 'meta')).to.include('2013').and.include('9 min');
      expect(badges(card)).to.deep.equal(['IMDb 6.7/10 (1.4K)']);
      expect(partText(card, 'facts')).to.include('Rob McLellan');
      expectClean(card);
    });

    it('Avengers: Endgame (2024, absolute links, "&apos;" in its description): the text decoded, IMDb 8.4/10 (1.3M), both directors', async () => {
      const card = await load('/real/imdb-jsonld-avengers-endgame.json');
      expect(partText(card, 'title')).to.equal('Avengers: Endgame');
      expect(partText(card, 'synopsis')).to.include(
        "in order to reverse Thanos' actions and restore balance",
      );
      expect(deepText(card)).not.to.match(/&[a-z#\d]+;/i);
      expect(partText(card, 'meta')).to.include('2019').and.include('3 hr 1 min');
      expect(badges(card)).to.deep.equal(['IMDb 8.4/10 (1.3M)']);
      expect(partText(card, 'facts')).to.include('Anthony Russo').and.include('Joe Russo');
      expect(watchlistId(card)).to.equal('tt4154796');
      expectClean(card);
    });

    it('inline, as a blogger pastes it: relative IMDb links point at imdb.com, never at the blog', async () => {
      const json = await (await fetch('/real/imdb-jsonld-the-dark-knight.json')).text();
      const card = await render<FilmCard>(
        html`<film-card lang="en"><script type="application/ld+json">${json}</script></film-card>`,
      );
      await card.updateComplete;
      expect(partText(card, 'title')).to.equal('The Dark Knight');
      expect(part(card, 'title')!.querySelector('a')!.href).to.equal('https://www.imdb.com/title/tt0468569/');
      const hrefs = [...card.shadowRoot!.querySelectorAll('a[href]')].map(
        (a) => (a as HTMLAnchorElement).href,
      );
      expect(hrefs.filter((href) => href.startsWith(location.origin))).to.deep.equal([]);
      expect(badges(card)).to.deep.equal(['IMDb 9/10 (2.2M)']);
    });
  });

  describe('TMDB', () => {
    it('/movie/550 alone: Fight Club, 1999, 2 hr 19 min, TMDB 8.4/10 (27.9K), English', async () => {
      const card = await load('/real/tmdb-movie-details.json');
      expect(partText(card, 'title')).to.equal('Fight Club');
      expect(partText(card, 'meta')).to.include('1999').and.include('2 hr 19 min').and.include('Drama');
      expect(badges(card)).to.deep.equal(['TMDB 8.4/10 (27.9K)']);
      expect(partText(card, 'facts')).to.include('English');
      expect(part(card, 'availability')).to.equal(null);
      expectClean(card);
    });

    it('/movie/550 with append_to_response: director, certification "18" for GB, a trailer link out, GB offers', async () => {
      const card = await load(
        '/real/tmdb/movie/550?append_to_response=credits,release_dates,videos,watch/providers',
      );
      expect(partText(card, 'title')).to.equal('Fight Club');
      expect(partText(card, 'facts')).to.include('David Fincher').and.include('English');
      expect(partText(card, 'certification')).to.equal('18');
      const trailer = part(card, 'trailer') as HTMLAnchorElement;
      expect(trailer.href).to.equal('https://www.youtube.com/watch?v=dfeUzm6KF4g');
      expect(trailer.target).to.equal('_blank');
      expect(card.shadowRoot!.querySelector('iframe')).to.equal(null);
      expect(await offers(card)).to.include.members(['Stream: Netflix', 'Rent: Apple TV', 'Buy: Sky Store']);
      expect(badges(card)).to.deep.equal(['TMDB 8.4/10 (27.9K)']);
      expectClean(card);
    });

    it('the certification follows the card region: "R" in the US', async () => {
      const card = await load('/real/tmdb/movie/550?append_to_response=release_dates', { region: 'US' });
      expect(partText(card, 'certification')).to.equal('R');
    });

    it('/movie/550/watch/providers alone (96 countries) with a title attribute: the offers of the card region', async () => {
      const card = await load('/real/tmdb-movie-watch-providers.json', { 'film-title': 'Fight Club' });
      expect(partText(card, 'title')).to.equal('Fight Club');
      expect(await offers(card)).to.include.members([
        'Stream: Netflix',
        'Stream: Disney Plus',
        'Rent: Amazon Video',
        'Buy: Rakuten TV',
      ]);
      expectClean(card);
    });

    for (const [file, message] of [
      ['tmdb-resource-not-found.json', 'The resource you requested could not be found.'],
      ['tmdb-invalid-api-key.json', 'Invalid API key: You must be granted a valid key.'],
    ])
      it(`an error answer with HTTP 200 (${file}) is a film-error of kind "api" with TMDB's message`, async () => {
        const card = document.createElement('film-card');
        card.setAttribute('loading', 'eager');
        card.src = unique(`/real/${file}`);
        const failed = oneEvent<FilmErrorEvent>(card, 'film-error');
        await render(html`<div>${card}</div>`);
        const { detail } = await failed;
        expect(detail.kind).to.equal('api');
        expect(detail.message).to.include(message);
        await card.updateComplete;
        expect(part(card, 'error')).not.to.equal(null);
      });

    // TMDB's API answers these with 404 and 401 (its docs list each status_code with its HTTP status).
    for (const [file, status, message] of [
      ['tmdb-resource-not-found.json', 404, 'The resource you requested could not be found.'],
      ['tmdb-invalid-api-key.json', 401, 'Invalid API key: You must be granted a valid key.'],
    ] as const)
      it(`the same answer with HTTP ${status} is a film-error of kind "http" with the status and TMDB's message`, async () => {
        const card = document.createElement('film-card');
        card.setAttribute('loading', 'eager');
        card.src = unique(`/real/${file}?status=${status}`);
        const failed = oneEvent<FilmErrorEvent>(card, 'film-error');
        await render(html`<div>${card}</div>`);
        const { detail } = await failed;
        expect([detail.kind, detail.status]).to.deep.equal(['http', status]);
        expect(detail.message).to.include(`HTTP ${status}`).and.include(message);
      });
  });

  describe('OMDb', () => {
    it('tt0090191 by id: three ratings, each with its source (IMDb with votes, Rotten Tomatoes %, Metacritic /100)', async () => {
      const card = await load('/real/omdb-tt0090191.json');
      expect(partText(card, 'title')).to.equal('The Toxic Avenger');
      expect(partText(card, 'meta')).to.include('1984').and.include('1 hr 22 min');
      expect(badges(card)).to.deep.equal(['IMDb 6.2/10 (24.5K)', 'Rotten Tomatoes 70%', 'Metacritic 42/100']);
      expect(partText(card, 'facts'))
        .to.include('Michael Herz')
        .and.include('Lloyd Kaufman')
        .and.include('English');
      expect(partText(card, 'certification')).to.equal('');
      expectClean(card);
    });

    it('tt0090191 in the US shows its rating "R"', async () => {
      const card = await load('/real/omdb-tt0090191.json', { region: 'US' });
      expect(partText(card, 'certification')).to.equal('R');
    });

    it('tt4896340 (Telugu, no Ratings array, N/A everywhere): IMDb 5.5/10 (107), no poster, no "N/A"', async () => {
      const card = await load('/real/omdb-tt4896340.json');
      expect(partText(card, 'title')).to.equal('James Bond');
      expect(partText(card, 'meta')).to.include('2015').and.include('2 hr 22 min');
      expect(badges(card)).to.deep.equal(['IMDb 5.5/10 (107)']);
      expect(partText(card, 'facts')).to.include('Telugu').and.include('Sai Kishore Macha');
      expect(deepText(card)).not.to.include('N/A');
      expect(card.shadowRoot!.querySelector('img')).to.equal(null);
      expectClean(card);
    });

    it('an error answer with HTTP 200 is a film-error of kind "api" with OMDb\'s message', async () => {
      const card = document.createElement('film-card');
      card.setAttribute('loading', 'eager');
      card.src = unique('/real/omdb-error-not-found.json');
      const failed = oneEvent<FilmErrorEvent>(card, 'film-error');
      await render(html`<div>${card}</div>`);
      const { detail } = await failed;
      expect(detail.kind).to.equal('api');
      expect(detail.message).to.include('Movie not found!');
    });

    it('an error answer set as the film property is a film-error of kind "api", and the card shows no film', async () => {
      const answer = await (await fetch('/real/omdb-error-not-found.json')).json();
      const card = document.createElement('film-card');
      const failed = oneEvent<FilmErrorEvent>(card, 'film-error');
      card.film = answer;
      await render(html`<div>${card}</div>`);
      const { detail } = await failed;
      expect(detail.kind).to.equal('api');
      expect(detail.message).to.include('Movie not found!');
      expect(part(card, 'title')).to.equal(null);
    });
  });

  describe("schema.org's Movie examples (schema.org/Movie, JSON tab)", () => {
    it('eg-0017 (ratings as strings, no date): title as written, 8/10 (200), Rob Marshall, no year', async () => {
      const card = await paste('schemaorg-eg-0017-pirates.json');
      expect(partText(card, 'title')).to.equal('Pirates of the Carribean: On Stranger Tides (2011)');
      expect(badges(card)).to.deep.equal(['8/10 (200)']);
      expect(partText(card, 'facts')).to.include('Rob Marshall');
      expect(partText(card, 'meta')).to.equal('');
      expectClean(card);
    });

    it('eg-0187 (a name and a WatchAction): the title alone, no stray parts', async () => {
      const card = await paste('schemaorg-eg-0187-footloose.json');
      expect(partText(card, 'title')).to.equal('Footloose');
      expect(badges(card)).to.deep.equal([]);
      expect(part(card, 'facts')).to.equal(null);
      expectClean(card);
    });

    it('eg-0419 (the Movie inside a ScreeningEvent, sameAs without a scheme): Jaws 3-D, linked on imdb.com', async () => {
      const card = await paste('schemaorg-eg-0419-screening-event.json');
      expect(partText(card, 'title')).to.equal('Jaws 3-D');
      expect(part(card, 'title')!.querySelector('a')?.href).to.equal('https://www.imdb.com/title/tt0085750/');
      expect(watchlistId(card)).to.equal('tt0085750');
      expect(links(card).filter((href) => href.startsWith(location.origin))).to.deep.equal([]);
      expectClean(card);
    });

    it('eg-0420 (countryOfOrigin, productionCompany): Ghostbusters', async () => {
      const card = await paste('schemaorg-eg-0420-ghostbusters.json');
      expect(partText(card, 'title')).to.equal('Ghostbusters');
      expectClean(card);
    });

    it("eg-0460 (no @context, EIDR ids, exampleOfWork): the edition's title", async () => {
      const card = await paste('schemaorg-eg-0460-hitchhikers-guide.json');
      expect(partText(card, 'title')).to.equal("The Hitchhiker's Guide to the Galaxy");
      expectClean(card);
    });
  });

  describe("Letterboxd's film-page JSON-LD (pasted with its CDATA comments)", () => {
    it("Shrek: 2001 from releasedEvent (not the entry's dateCreated 2011), Letterboxd 4.1/5 (1.5M), both directors", async () => {
      const card = await paste('letterboxd-jsonld-shrek.html');
      expect(partText(card, 'title')).to.equal('Shrek');
      expect(partText(card, 'meta')).to.include('2001').and.include('Animation');
      expect(partText(card, 'meta')).not.to.include('2011');
      expect(badges(card)).to.deep.equal(['Letterboxd 4.1/5 (1.5M)']);
      expect(partText(card, 'facts')).to.include('Andrew Adamson').and.include('Vicky Jenson');
      expect(part(card, 'title')!.querySelector('a')!.href).to.equal('https://letterboxd.com/film/shrek/');
      expect(links(card).filter((href) => href.startsWith(location.origin))).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
      expectClean(card);
    });

    it('Kinds of Kindness (not yet released, no name) alone: no film shown, nothing broken', async () => {
      const card = await paste('letterboxd-jsonld-kinds-of-kindness.html');
      expect(part(card, 'title')).to.equal(null);
      expect(part(card, 'error')).to.equal(null);
      expectClean(card);
    });

    it('Kinds of Kindness with a film-title attribute: that title, the genres Letterboxd gives, no year from its dateCreated', async () => {
      const card = await paste('letterboxd-jsonld-kinds-of-kindness.html', {
        'film-title': 'Kinds of Kindness',
      });
      expect(partText(card, 'title')).to.equal('Kinds of Kindness');
      expect(partText(card, 'meta')).to.include('Comedy').and.not.include('2022');
      expect(badges(card)).to.deep.equal([]);
      expectClean(card);
    });
  });

  describe('TMDB /movie/{id} with append_to_response, as one answer', () => {
    it('668489 (credits,images,videos,watch/providers): Havoc, 2025, 1 hr 47 min, TMDB 6.5/10 (642), English, no director named, the trailer not the featurette', async () => {
      const card = await load('/real/tmdb-movie-668489-append.json');
      expect(partText(card, 'title')).to.equal('Havoc');
      expect(partText(card, 'meta')).to.include('2025').and.include('1 hr 47 min').and.include('Action');
      expect(badges(card)).to.deep.equal(['TMDB 6.5/10 (642)']);
      expect(partText(card, 'facts')).to.include('English').and.not.include('Liam Lock');
      expect((part(card, 'trailer') as HTMLAnchorElement).href).to.equal(
        'https://www.youtube.com/watch?v=6txjTWLoSc8',
      );
      expect(await offers(card)).to.deep.equal([]);
      expectClean(card);
    });

    it('668489 in AE: Netflix, the only offer TMDB lists there', async () => {
      const card = await load('/real/tmdb-movie-668489-append.json', { region: 'AE' });
      expect(await offers(card)).to.deep.equal(['Stream: Netflix']);
      expectClean(card);
    });
  });
});
