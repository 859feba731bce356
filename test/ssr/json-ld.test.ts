// schema.org Movie JSON-LD written by the card (`json-ld`) and by movieJsonLd(), for search engines.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import { jsonLdAdapter } from '../../src/data/adapters/index.js';
import type { Film } from '../../src/data/film.js';
import { GENERATED_ATTRIBUTE, isoDuration, movieJsonLd, scriptJson } from '../../src/data/movie-json-ld.js';
import { normalizeFilm } from '../../src/data/normalize.js';
import { countUpdates } from '../helpers/updates.js';

const parasite: Film = {
  id: 'tt6751668',
  title: 'Parasite',
  originalTitle: '기생충',
  year: 2019,
  releaseDate: '2019-05-30',
  runtime: 132,
  language: 'ko',
  genres: ['Comedy', 'Thriller', 'Drama'],
  synopsis: 'A poor family schemes its way into the household of a rich one.',
  poster: { src: 'https://example.com/posters/parasite.jpg', alt: 'The Park house' },
  directors: [{ name: 'Bong Joon-ho', href: 'https://www.imdb.com/name/nm0094435/' }],
  cast: [{ name: 'Song Kang-ho', character: 'Kim Ki-taek' }, { name: 'Cho Yeo-jeong' }],
  ratings: [
    { source: 'letterboxd', value: 4.6, scale: 5 },
    { source: 'imdb', value: 8.5, scale: 10, votes: 1_000_000 },
  ],
  href: 'https://example.com/films/parasite',
  availability: [{ region: 'GB', offers: [] }],
};

const ours = (card: Element) =>
  card.querySelectorAll(`:scope > script[type="application/ld+json"][${GENERATED_ATTRIBUTE}]`);
const allJsonLd = (card: Element) => card.querySelectorAll(':scope > script[type="application/ld+json"]');

describe('movieJsonLd()', () => {
  it('describes the film as a schema.org Movie', () => {
    expect(movieJsonLd(parasite)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Parasite',
      alternateName: '기생충',
      datePublished: '2019-05-30',
      duration: 'PT2H12M',
      inLanguage: 'ko',
      genre: ['Comedy', 'Thriller', 'Drama'],
      description: 'A poor family schemes its way into the household of a rich one.',
      image: 'https://example.com/posters/parasite.jpg',
      director: [{ '@type': 'Person', name: 'Bong Joon-ho', url: 'https://www.imdb.com/name/nm0094435/' }],
      actor: [
        {
          '@type': 'PerformanceRole',
          actor: { '@type': 'Person', name: 'Song Kang-ho' },
          characterName: 'Kim Ki-taek',
        },
        { '@type': 'Person', name: 'Cho Yeo-jeong' },
      ],
      // The first rating with a vote count: search engines want one.
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: 8.5,
        bestRating: 10,
        ratingCount: 1_000_000,
      },
      url: 'https://example.com/films/parasite',
      sameAs: 'https://www.imdb.com/title/tt6751668/',
    });
  });

  it('claims nothing the film does not have', () => {
    expect(
      movieJsonLd({ title: 'Nosferatu', year: 1922, ratings: [{ value: 7.9, scale: 10 }] }),
    ).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Nosferatu',
      datePublished: '1922',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 7.9, bestRating: 10 },
    });
  });

  it('reads back as the same film', () => {
    const back = normalizeFilm(
      jsonLdAdapter.adapt(movieJsonLd(parasite), () => {}),
      () => {},
    )!;
    const same = [
      'id',
      'title',
      'year',
      'releaseDate',
      'runtime',
      'language',
      'genres',
      'synopsis',
      'directors',
      'cast',
      'href',
    ] as const;
    for (const field of same) expect(back[field], field).to.deep.equal(parasite[field]);
    // What the reader takes no field for is lost: the original title (written as alternateName), a
    // rating's source, other ratings, the poster's alt text, offers.
    expect(back.ratings).to.deep.equal([{ value: 8.5, scale: 10, votes: 1_000_000 }]);
    expect(back.poster).to.deep.equal({ src: parasite.poster!.src });
    expect(back.availability).to.equal(undefined);
  });

  it('writes runtimes as ISO 8601 durations', () => {
    expect([24, 60, 112, 132, 600].map(isoDuration)).to.deep.equal([
      'PT24M',
      'PT1H',
      'PT1H52M',
      'PT2H12M',
      'PT10H',
    ]);
  });
});

describe('scriptJson()', () => {
  it('writes JSON that cannot end or comment out its script, and parses back the same', () => {
    const value = { title: '</script><script>alert(1)</script>', note: '<!-- & -->', line: 'a\u2028b' };
    const text = scriptJson(value);
    expect(text).not.to.match(/[<>&\u2028]/);
    expect(JSON.parse(text)).to.deep.equal(value);
  });
});

describe('<film-card json-ld>', () => {
  it('is accessible', async () => {
    const el = await fixture<FilmCard>(html`<film-card json-ld .film=${parasite}></film-card>`);
    await expect(el).to.be.accessible();
  });

  it('writes the film as Movie JSON-LD into its light DOM, where search engines read it', async () => {
    const el = await fixture<FilmCard>(html`<film-card json-ld .film=${parasite}></film-card>`);
    await el.updateComplete;
    const scripts = ours(el);
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0]!.textContent)).to.deep.equal(movieJsonLd(parasite));
    // Search engines read it; the reader never sees it.
    expect(scripts[0]!.checkVisibility()).to.equal(false);
  });

  // The script it writes is its output, not film data: it must not make the card read its content again.
  it('updates once for the film it shows and the script it writes, and once more for a new film', async () => {
    const el = document.createElement('film-card');
    el.jsonLd = true;
    // No poster: one that cannot load here would update the card for its fallback.
    const film = { ...parasite, poster: undefined };
    el.film = film;
    const updates = countUpdates(el);
    document.body.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(ours(el), 'the script written').to.have.length(1);
    expect(updates.count, 'updates').to.equal(1);
    const renamed = { ...film, title: 'Gisaengchung' };
    el.film = renamed;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(JSON.parse(ours(el)[0]!.textContent)).to.deep.equal(movieJsonLd(renamed));
    expect(updates.count, 'updates').to.equal(2);
    el.remove();
  });

  it('writes its script back when the page removes it', async () => {
    const el = await fixture<FilmCard>(html`<film-card json-ld .film=${parasite}></film-card>`);
    await el.updateComplete;
    ours(el)[0]!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(ours(el)).to.have.length(1);
    expect(JSON.parse(ours(el)[0]!.textContent)).to.deep.equal(movieJsonLd(parasite));
  });

  it('writes nothing without the attribute', async () => {
    const el = await fixture<FilmCard>(html`<film-card .film=${parasite}></film-card>`);
    await el.updateComplete;
    expect(allJsonLd(el)).to.have.length(0);
  });

  it('follows the film, the attribute and the loss of the film', async () => {
    const el = await fixture<FilmCard>(html`<film-card json-ld .film=${parasite}></film-card>`);
    await el.updateComplete;
    const script = ours(el)[0]!;
    el.film = { ...parasite, title: 'Gisaengchung' };
    await el.updateComplete;
    expect(ours(el)[0]).to.equal(script, 'updated in place');
    expect(JSON.parse(script.textContent).name).to.equal('Gisaengchung');

    el.jsonLd = false;
    await el.updateComplete;
    expect(allJsonLd(el)).to.have.length(0);

    el.jsonLd = true;
    el.film = undefined;
    await el.updateComplete;
    expect(allJsonLd(el)).to.have.length(0);
  });

  it('never duplicates JSON-LD its author wrote', async () => {
    const el = await fixture<FilmCard>(html`<film-card json-ld>
      <script type="application/ld+json">
        { "@context": "https://schema.org", "@type": "Movie", "name": "Parasite", "datePublished": "2019" }
      </script>
    </film-card>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim()).to.equal('Parasite');
    expect(allJsonLd(el)).to.have.length(1);
    expect(ours(el)).to.have.length(0);
  });

  it('never reads its own JSON-LD back as film data', async () => {
    let loads = 0;
    const el = await fixture<FilmCard>(
      html`<film-card json-ld film-title="Amélie" year="2001" rating="8.3" votes="800000" rating-source="imdb" @film-load=${() => loads++}></film-card>`,
    );
    // The card's light DOM observer reports the new script; give it a turn, then an update.
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(ours(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part~="rating-badge"]')).to.have.length(1);
    expect(loads).to.equal(0);
  });

  it('writes text that cannot end its script', async () => {
    const el = await fixture<FilmCard>(
      html`<film-card json-ld .film=${{ title: '</script><b>bold</b>' }}></film-card>`,
    );
    await el.updateComplete;
    const script = ours(el)[0]!;
    expect(script.textContent).not.to.match(/[<>&]/);
    expect(JSON.parse(script.textContent).name).to.equal('</script><b>bold</b>');
    expect(el.querySelector('b')).to.equal(null);
  });

  it('describes a film loaded from src once it arrives', async () => {
    const el = await fixture<FilmCard>(
      html`<film-card json-ld loading="eager" src="/api/fixture/own-little-pyongyang.json?case=json-ld-src"></film-card>`,
    );
    await oneEvent(el, 'film-load');
    await el.updateComplete;
    const movie = JSON.parse(ours(el)[0]!.textContent);
    expect(movie).to.include({ name: 'Little Pyongyang', url: 'https://www.imdb.com/title/tt8765432/' });
    // Relative URLs in the data arrive resolved.
    expect(movie.image).to.equal(new URL('/posters/little-pyongyang.jpg', location.href).href);
  });
});
