import { expect, fixture as render, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { FilmAdapter } from '../../src/data/adapters/index.js';
import type { FilmErrorEvent, FilmLoadEvent } from '../../src/data/events.js';
import { FilmController } from '../../src/controllers/film-controller.js';
import { captureWarnings } from '../helpers/console.js';
import { hits, sleep, unique } from './http.js';

/** The latest year a film's data may give: ten years from now, as the schema reads it. */
const maxYear = new Date().getFullYear() + 10;

/** The smallest host a card could be: it passes its inputs on and renders the title and status. */
class TestFilmHost extends LitElement {
  @property() src?: string;
  @property() loading: 'lazy' | 'eager' = 'lazy';
  @property({ type: Number }) timeout?: number;
  @property({ attribute: false }) film?: unknown;
  @property({ attribute: false }) fetcher?: typeof fetch;
  @property({ attribute: false }) adapters?: FilmAdapter[];
  @property({ attribute: 'film-title' }) filmTitle?: string;
  @property() year?: string;
  @property() rating?: string;
  @property({ attribute: 'rating-source' }) ratingSource?: string;
  @property({ attribute: 'poster-alt' }) posterAlt?: string;
  @property() region?: string;

  readonly data = new FilmController(this);

  override willUpdate() {
    this.data.set({
      film: this.film,
      src: this.src,
      loading: this.loading,
      timeout: this.timeout,
      fetcher: this.fetcher,
      adapters: this.adapters,
      attributes: {
        'film-title': this.filmTitle,
        year: this.year,
        rating: this.rating,
        'rating-source': this.ratingSource,
        'poster-alt': this.posterAlt,
        region: this.region,
      },
    });
  }

  override render() {
    return html`<p part="title">${this.data.film?.title ?? ''}</p>
      <p part="status">${this.data.status}</p>`;
  }
}
customElements.define('test-film-host', TestFilmHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-film-host': TestFilmHost;
  }
}

const shown = (host: TestFilmHost) => host.shadowRoot!.querySelector('[part="title"]')!.textContent;
const status = (host: TestFilmHost) => host.shadowRoot!.querySelector('[part="status"]')!.textContent;
/** A host 5,000 px below the top of the page, far outside the lazy-loading margin. */
async function belowTheFold(src: string, loading: 'lazy' | 'eager' = 'lazy') {
  const wrapper = await render(html`<div>
    <div style="height: 5000px"></div>
    <test-film-host style="display: block; min-height: 10em" loading=${loading} src=${src}></test-film-host>
  </div>`);
  return wrapper.querySelector('test-film-host')!;
}
const settled = (host: TestFilmHost) =>
  waitUntil(() => host.data.status !== 'loading', 'the host kept loading', { timeout: 5000 });

/** Records the film events that reach the document. */
function listen() {
  const events: (FilmLoadEvent | FilmErrorEvent)[] = [];
  const record = (event: FilmLoadEvent | FilmErrorEvent) => events.push(event);
  document.addEventListener('film-load', record);
  document.addEventListener('film-error', record);
  return {
    events,
    types: () => events.map((event) => event.type),
    stop: () => {
      document.removeEventListener('film-load', record);
      document.removeEventListener('film-error', record);
    },
  };
}

describe('FilmController', () => {
  // Listening at the document from before each test starts, so a fast load is never missed.
  let recorder: ReturnType<typeof listen>;
  beforeEach(() => (recorder = listen()));
  afterEach(() => recorder.stop());

  /** The latest event of `type` that `target` fired, waiting for one if there is none yet. */
  async function fired<E extends Event>(target: Element, type: string): Promise<E> {
    const find = () => recorder.events.findLast((event) => event.type === type && event.target === target);
    await waitUntil(find, `<${target.localName}> fired no ${type}`, { timeout: 5000 });
    return find() as unknown as E;
  }
  const loaded = (target: Element) => fired<FilmLoadEvent>(target, 'film-load');
  const failed = (target: Element) => fired<FilmErrorEvent>(target, 'film-error');

  it('shows a film written as attributes, with no event', async () => {
    const host = await render<TestFilmHost>(
      html`<test-film-host film-title=" Little Pyongyang " year="2018"></test-film-host>`,
    );
    expect(shown(host)).to.equal('Little Pyongyang');
    expect(status(host)).to.equal('loaded');
    expect(host.data.film).to.deep.equal({ title: 'Little Pyongyang', year: 2018 });
    await sleep(50);
    expect(recorder.types()).to.deep.equal([]);
  });

  // What is worked out per film (the watchlist's entry, say) is then worked out once.
  it('keeps the same film object through updates that change none of its inputs, and a new one when one changes', async () => {
    const el = await render<TestFilmHost>(
      html`<test-film-host film-title="Parasite" year="2019"></test-film-host>`,
    );
    const first = el.data.film;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.data.film === first, 'after an update that changed nothing').to.equal(true);
    el.year = '2020';
    await el.updateComplete;
    expect(el.data.film === first, 'after a new year').to.equal(false);
    expect(el.data.film?.year).to.equal(2020);
  });

  it('is empty with nothing to show', async () => {
    const host = await render<TestFilmHost>(html`<test-film-host year="2018"></test-film-host>`);
    expect(host.data.status).to.equal('empty');
    expect(host.data.film).to.equal(undefined);
  });

  it('shows a film set as a property, with no event, and validates it', async () => {
    const host = await render<TestFilmHost>(html`<test-film-host></test-film-host>`);
    const warnings = captureWarnings();
    host.film = { title: 'Parasite', href: 'javascript:alert(1)', __proto__: { year: 1900 } };
    // The data layer that reads the property is loaded on demand, the first time it is needed.
    await host.updateComplete;
    await host.data.whenReady(host.film);
    await host.updateComplete;
    warnings.restore();
    expect(warnings.messages).to.deep.equal([
      'film-cards: <test-film-host> href: ignored "javascript:alert(1)" (not an http(s) URL)',
    ]);
    expect(shown(host)).to.equal('Parasite');
    expect(host.data.film).to.deep.equal({ title: 'Parasite' });
    await sleep(50);
    expect(recorder.types()).to.deep.equal([]);
  });

  it('loads src at once when eager, and fires film-load from the host, bubbling and composed', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json?delay=100');
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" src=${url}></test-film-host>`,
    );
    expect(status(host)).to.equal('loading');
    const event = await loaded(host);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.film.title).to.equal('Little Pyongyang');
    // The event comes after the update that shows the film.
    expect(shown(host)).to.equal('Little Pyongyang');
    expect(status(host)).to.equal('loaded');
    expect(recorder.types()).to.deep.equal(['film-load']);
  });

  it('merges every way in: property > attributes > inline JSON > src, field by field', async () => {
    const url = unique('/api/fixture/tmdb-parasite.json');
    const host = await render<TestFilmHost>(html`<test-film-host
      loading="eager"
      src=${url}
      film-title="Parasite (attribute)"
      rating="9"
      rating-source="imdb"
      poster-alt="The Kim family in their semi-basement"
    ></test-film-host>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      title: 'Parasite (inline)',
      runtime: 132,
      synopsis: 'From the page.',
    });
    host.append(script);
    await loaded(host);
    host.film = { title: 'Parasite (property)' };
    await host.updateComplete;

    const film = host.data.film!;
    expect(film.title).to.equal('Parasite (property)');
    expect(film.runtime).to.equal(132);
    expect(film.synopsis).to.equal('From the page.');
    expect(film.genres).to.deep.equal(['Comedy', 'Thriller', 'Drama']);
    expect(film.ratings).to.deep.equal([
      { source: 'imdb', value: 9, scale: 10 },
      { source: 'tmdb', value: 8.5, scale: 10, votes: 18734 },
    ]);
    expect(film.poster).to.deep.equal({
      src: 'https://image.tmdb.org/t/p/w342/7IiTTgloJzvGI1TAYymCfbfl3vT.jpg',
      alt: 'The Kim family in their semi-basement',
    });

    host.film = undefined;
    await host.updateComplete;
    expect(shown(host)).to.equal('Parasite (attribute)');
    host.filmTitle = undefined;
    await host.updateComplete;
    expect(shown(host)).to.equal('Parasite (inline)');
    script.remove();
    await waitUntil(() => shown(host) === 'Parasite');
  });

  it('reads inline JSON-LD, also when it arrives after the element, and fires film-load', async () => {
    const host = await render<TestFilmHost>(html`<test-film-host></test-film-host>`);
    expect(host.data.status).to.equal('empty');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Little Pyongyang',
    });
    setTimeout(() => host.append(script));
    const event = await loaded(host);
    expect(event.detail.film).to.deep.equal({ title: 'Little Pyongyang' });
    script.textContent = JSON.stringify({ '@type': 'Movie', name: 'Little Pyongyang (edited)' });
    await waitUntil(() => shown(host) === 'Little Pyongyang (edited)');
    expect(recorder.types()).to.deep.equal(['film-load', 'film-load']);
    // Other content of the element changing is no news about the film.
    host.append(document.createElement('p'), 'A review');
    await sleep(50);
    await host.updateComplete;
    expect(recorder.types()).to.deep.equal(['film-load', 'film-load']);
  });

  for (const [name, text, kind, says] of [
    [
      'JSON-LD with no title',
      '{"@context":"https://schema.org","@type":"Movie","duration":"PT24M"}',
      'shape',
      'gives no film title',
    ],
    ['JSON of an unknown shape', '{"hello":"world"}', 'shape', 'inline JSON'],
    ['text that is not JSON', '{"@type":"Movie", name: Little Pyongyang}', 'parse', 'not valid JSON'],
  ] as const) {
    it(`keeps its fallback content and fires film-error (${kind}) for inline ${name}, with one warning`, async () => {
      const warnings = captureWarnings();
      try {
        const host = await render<TestFilmHost>(
          html`<test-film-host><a href="/films/1">Little Pyongyang</a></test-film-host>`,
        );
        const script = document.createElement('script');
        script.type = 'application/ld+json';
        script.textContent = text;
        host.append(script);
        const event = await failed(host);
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail.kind).to.equal(kind);
        expect(event.detail.url).to.equal('');
        expect(event.detail.message).to.contain(says);
        expect(status(host)).to.equal('empty');
        // The same script changing nothing else is no new news.
        host.append(document.createElement('p'));
        await sleep(50);
        await host.updateComplete;
        expect(recorder.types()).to.deep.equal(['film-error']);
        expect(warnings.messages.filter((message) => message.includes('inline JSON'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  }

  for (const [name, value, says] of [
    ['an object with no title', { year: 2001 }, 'film: gives no film title'],
    [
      "a TMDB search answer (its films are in 'results')",
      { page: 1, results: [{ title: 'Parasite' }] },
      'film: gives no film title',
    ],
    ['a string', 'Parasite', 'film: ignored "Parasite" (not an object)'],
    ['a list', [], 'film: ignored a list (not an object)'],
  ] as const)
    it(`keeps its fallback content and fires film-error (shape) for a film property that is ${name}, with one warning`, async () => {
      const host = await render<TestFilmHost>(
        html`<test-film-host><a href="/films/1">Parasite</a></test-film-host>`,
      );
      const warnings = captureWarnings();
      try {
        host.film = value;
        const event = await failed(host);
        expect(event.detail).to.deep.equal({
          kind: 'shape',
          url: '',
          message: `${says}.`,
        });
        expect(status(host)).to.equal('empty');
        host.requestUpdate();
        await host.updateComplete;
        await sleep(50);
        expect(recorder.types(), 'once per value').to.deep.equal(['film-error']);
        expect(warnings.messages).to.deep.equal([`film-cards: <test-film-host> ${says}`]);
      } finally {
        warnings.restore();
      }
    });

  it('fires no film-error for a partial film property that attributes complete', async () => {
    const host = await render<TestFilmHost>(html`<test-film-host film-title="Parasite"></test-film-host>`);
    host.film = { synopsis: 'A family of four.' };
    await host.updateComplete;
    await host.data.whenReady(host.film);
    await host.updateComplete;
    await sleep(50);
    expect(host.data.film?.synopsis).to.equal('A family of four.');
    expect(recorder.types()).to.deep.equal([]);
  });

  for (const [name, path, kind, code] of [
    ['a 404', '/api/status/404', 'http', 404],
    ['a 500', '/api/status/500', 'http', 500],
    ['malformed JSON', '/api/bad-json', 'parse', undefined],
    ['JSON of an unknown shape', '/api/fixture/unknown-shape.json', 'shape', undefined],
    ['an OMDb error', '/api/fixture/omdb-error.json', 'api', undefined],
    ['a film without a title', '/api/fixture/tmdb-parasite-providers.json', 'shape', undefined],
  ] as const) {
    it(`shows an error and fires film-error for ${name}`, async () => {
      const url = unique(path);
      const host = await render<TestFilmHost>(
        html`<test-film-host loading="eager" src=${url}></test-film-host>`,
      );
      const event = await failed(host);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        kind,
        status: code,
        url: new URL(url, document.baseURI).href,
        message: host.data.error!.message,
      });
      expect(status(host)).to.equal('error');
      expect(host.data.error!.kind).to.equal(kind);
      expect(recorder.types()).to.deep.equal(['film-error']);
    });
  }

  it('says why OMDb refused', async () => {
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" src=${unique('/api/fixture/omdb-error.json')}></test-film-host>`,
    );
    const event = await failed(host);
    expect(event.detail.message).to.contain('OMDb answered "Movie not found!"');
  });

  it('shows data without a title once an attribute gives one', async () => {
    const url = unique('/api/fixture/tmdb-parasite-providers.json');
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" src=${url} film-title="Parasite"></test-film-host>`,
    );
    await loaded(host);
    expect(host.data.film!.availability!.map((region) => region.region)).to.deep.equal(['GB', 'US']);
  });

  it('times out a slow server', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=3000');
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" timeout="300" src=${url}></test-film-host>`,
    );
    const event = await failed(host);
    expect(event.detail.kind).to.equal('timeout');
    expect(status(host)).to.equal('error');
  });

  it('loads again on retry()', async () => {
    const url = unique('/api/flaky/omdb-parasite.json');
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" src=${url}></test-film-host>`,
    );
    expect((await failed(host)).detail.status).to.equal(503);
    host.data.retry();
    await host.updateComplete;
    expect(status(host)).to.equal('loading');
    await loaded(host);
    expect(shown(host)).to.equal('Parasite');
    expect(host.data.error).to.equal(undefined);
    expect((await hits(url)).count).to.equal(2);
  });

  it('ends showing the last src of a fast sequence, and cancels the others', async () => {
    const slow = unique('/api/fixture/omdb-parasite.json?delay=600');
    const slower = unique('/api/fixture/tmdb-parasite.json?delay=900');
    const last = unique('/api/fixture/omdb-little-pyongyang.json?delay=100');
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" src=${slow}></test-film-host>`,
    );
    await sleep(50);
    host.src = slower;
    await host.updateComplete;
    await sleep(50);
    host.src = last;
    await loaded(host);
    expect(shown(host)).to.equal('Little Pyongyang');
    await sleep(1000);
    expect(shown(host)).to.equal('Little Pyongyang');
    expect(recorder.types()).to.deep.equal(['film-load']);
    expect(await hits(slow)).to.deep.equal({ count: 1, aborted: 1 });
    expect(await hits(slower)).to.deep.equal({ count: 1, aborted: 1 });
  });

  it('makes one request for many cards with the same src', async () => {
    const url = unique('/api/fixture/tmdb-parasite.json?delay=200');
    const wrapper = await render(html`<div>
      ${Array.from({ length: 30 }, () => html`<test-film-host loading="eager" src=${url}></test-film-host>`)}
    </div>`);
    const hosts = [...wrapper.querySelectorAll('test-film-host')];
    await Promise.all(hosts.map(settled));
    for (const host of hosts) await host.updateComplete;
    expect(hosts.every((host) => shown(host) === 'Parasite')).to.equal(true);
    const late = document.createElement('test-film-host');
    late.loading = 'eager';
    late.src = url;
    wrapper.append(late);
    await loaded(late);
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 0 });
  });

  it('keeps loading for the other cards when one card leaves or changes src', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=300');
    const wrapper = await render(html`<div>
      <test-film-host loading="eager" src=${url}></test-film-host>
      <test-film-host loading="eager" src=${url}></test-film-host>
      <test-film-host loading="eager" src=${url}></test-film-host>
    </div>`);
    const [leaving, changing, staying] = [...wrapper.querySelectorAll('test-film-host')] as [
      TestFilmHost,
      TestFilmHost,
      TestFilmHost,
    ];
    leaving.remove();
    changing.src = unique('/api/fixture/omdb-little-pyongyang.json');
    await loaded(staying);
    expect(shown(staying)).to.equal('Parasite');
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 0 });
  });

  it('does not fetch for a lazy card far below the fold until it is scrolled near', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json');
    const host = await belowTheFold(url);
    await sleep(500);
    expect(status(host)).to.equal('loading');
    expect((await hits(url)).count).to.equal(0);
    host.scrollIntoView();
    await loaded(host);
    expect(shown(host)).to.equal('Little Pyongyang');
    expect((await hits(url)).count).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('says it is fetching only from the request until the answer, not while a lazy card waits off-screen', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json?delay=500');
    const host = await belowTheFold(url);
    await sleep(300);
    expect([host.data.status, host.data.fetching], 'waiting off-screen').to.deep.equal(['loading', false]);
    host.scrollIntoView();
    await waitUntil(() => host.data.fetching, 'never fetching after it was scrolled near', { timeout: 2000 });
    expect(host.data.status).to.equal('loading');
    await loaded(host);
    expect([host.data.status, host.data.fetching], 'loaded').to.deep.equal(['loaded', false]);
    window.scrollTo(0, 0);
  });

  it('fetches at once when a waiting lazy card turns eager', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json');
    const host = await belowTheFold(url);
    await sleep(200);
    expect((await hits(url)).count).to.equal(0);
    host.loading = 'eager';
    await loaded(host);
    expect((await hits(url)).count).to.equal(1);
  });

  it('fetches at once for a lazy card in view', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json');
    const host = await render<TestFilmHost>(html`<test-film-host src=${url}></test-film-host>`);
    await loaded(host);
    expect((await hits(url)).count).to.equal(1);
  });

  it('fetches far below the fold when eager', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json');
    await loaded(await belowTheFold(url, 'eager'));
    expect((await hits(url)).count).to.equal(1);
  });

  it('does not fetch for a card that was never in the page', async () => {
    const url = unique('/api/fixture/omdb-little-pyongyang.json');
    const host = document.createElement('test-film-host');
    host.loading = 'eager';
    host.src = url;
    await sleep(300);
    expect((await hits(url)).count).to.equal(0);
  });

  it('cancels its request when it leaves the page', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=500');
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" src=${url}></test-film-host>`,
    );
    await sleep(100);
    host.remove();
    await sleep(700);
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 1 });
    expect(recorder.types()).to.deep.equal([]);
    expect(host.data.status).to.equal('loading');
  });

  it('keeps its request when it moves within the page', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=300');
    const wrapper = await render(
      html`<div><test-film-host loading="eager" src=${url}></test-film-host><section></section></div>`,
    );
    const host = wrapper.querySelector('test-film-host')!;
    await sleep(50);
    wrapper.querySelector('section')!.append(host);
    await loaded(host);
    expect(await hits(url)).to.deep.equal({ count: 1, aborted: 0 });
  });

  it('loads again when it comes back after leaving', async () => {
    const url = unique('/api/fixture/omdb-parasite.json?delay=300');
    const wrapper = await render(
      html`<div><test-film-host loading="eager" src=${url}></test-film-host></div>`,
    );
    const host = wrapper.querySelector('test-film-host')!;
    host.remove();
    await sleep(50);
    wrapper.append(host);
    await loaded(host);
    expect(shown(host)).to.equal('Parasite');
  });

  it('uses a custom fetch function', async () => {
    const url = unique('/api/private/omdb-parasite.json');
    const host = await render<TestFilmHost>(html`<test-film-host
      loading="eager"
      src=${url}
      .fetcher=${(input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, headers: { 'x-film-key': 'open-sesame' } })}
    ></test-film-host>`);
    await loaded(host);
    expect(shown(host)).to.equal('Parasite');
  });

  it('uses custom adapters', async () => {
    const url = unique('/api/fixture/unknown-shape.json');
    const list: FilmAdapter = {
      name: 'list',
      detect: (json) => Array.isArray((json as { items?: unknown }).items),
      adapt: (json) => ({ title: (json as { items: { name: string }[] }).items[0]!.name }),
    };
    const host = await render<TestFilmHost>(
      html`<test-film-host loading="eager" src=${url} .adapters=${[list]}></test-film-host>`,
    );
    await loaded(host);
    expect(shown(host)).to.equal('Little Pyongyang');
  });

  it('warns once per bad field per element, however often it renders', async () => {
    const warnings = captureWarnings();
    try {
      const host = await render<TestFilmHost>(
        html`<test-film-host film-title="A" year="soon" rating="11"></test-film-host>`,
      );
      for (let i = 0; i < 5; i++) {
        host.year = `soon ${i}`;
        await host.updateComplete;
      }
      const other = await render<TestFilmHost>(
        html`<test-film-host film-title="B" year="soon"></test-film-host>`,
      );
      await other.updateComplete;
      expect(warnings.messages).to.deep.equal([
        `film-cards: <test-film-host> year: ignored "soon" (not a year from 1870 to ${maxYear})`,
        'film-cards: <test-film-host> rating: ignored "11" (above the scale, 10)',
        `film-cards: <test-film-host> year: ignored "soon" (not a year from 1870 to ${maxYear})`,
      ]);
    } finally {
      warnings.restore();
    }
  });
});
