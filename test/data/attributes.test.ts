import { expect } from '@open-wc/testing';
import {
  filmAttributeTable,
  filmFromAttributes,
  viewAttributeTable,
  type FilmAttributes,
} from '../../src/data/attributes.js';
import '../../src/film-card/define.js';
import { FilmCard } from '../../src/film-card/film-card.js';
import type { FilmCardAttributes } from '../../src/ssr/index.js';

function read(attributes: FilmAttributes) {
  const warnings: string[] = [];
  const film = filmFromAttributes(attributes, (field, message) => warnings.push(`${field}: ${message}`));
  return { film, warnings };
}

describe('filmFromAttributes', () => {
  it('reads every attribute a blogger writes', () => {
    const { film, warnings } = read({
      'film-id': 'tt8765432',
      'film-title': 'Little Pyongyang',
      'original-title': '리틀 평양',
      year: '2018',
      'release-date': '2018-09-14',
      runtime: 'PT24M',
      language: 'ko',
      genres: 'Documentary, Short',
      synopsis: 'A short documentary.',
      poster: '/posters/little-pyongyang.jpg',
      'poster-alt': 'A street at dusk',
      rating: '7,5',
      'rating-max': '10',
      votes: '39',
      'rating-source': 'IMDb',
      href: 'https://www.imdb.com/title/tt8765432/',
      region: 'gb',
    });
    expect(warnings).to.deep.equal([]);
    expect(film).to.deep.equal({
      id: 'tt8765432',
      title: 'Little Pyongyang',
      originalTitle: '리틀 평양',
      year: 2018,
      releaseDate: '2018-09-14',
      runtime: 24,
      language: 'ko',
      genres: ['Documentary', 'Short'],
      synopsis: 'A short documentary.',
      poster: {
        src: new URL('/posters/little-pyongyang.jpg', document.baseURI).href,
        alt: 'A street at dusk',
      },
      ratings: [{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }],
      href: 'https://www.imdb.com/title/tt8765432/',
    });
  });

  it('gives nothing for no attributes, null or empty ones', () => {
    expect(read({}).film).to.deep.equal({});
    expect(read({ 'film-title': null, year: '', rating: null, poster: '' }).film).to.deep.equal({});
  });

  it('takes the scale of a known source when rating-max is missing', () => {
    expect(read({ rating: '3.9', 'rating-source': 'letterboxd' }).film.ratings).to.deep.equal([
      { source: 'letterboxd', value: 3.9, scale: 5 },
    ]);
    expect(read({ rating: '74', 'rating-source': 'Metacritic' }).film.ratings).to.deep.equal([
      { source: 'metacritic', value: 74, scale: 100 },
    ]);
    expect(read({ rating: '8' }).film.ratings).to.deep.equal([{ value: 8, scale: 10 }]);
  });

  it('needs a rating for votes and a source to mean anything', () => {
    expect(read({ votes: '39', 'rating-source': 'imdb' }).film).to.deep.equal({});
  });

  it('keeps a poster alt text on its own, to amend a poster from elsewhere', () => {
    expect(read({ 'poster-alt': 'A street at dusk' }).film).to.deep.equal({
      poster: { alt: 'A street at dusk' },
    });
  });

  it('names the attribute in each warning', () => {
    const { film, warnings } = read({
      'film-title': 'x'.repeat(400),
      year: 'soon',
      'release-date': '14/09/2018',
      runtime: 'long',
      poster: 'javascript:alert(1)',
      rating: '12',
      'rating-max': '10',
      href: 'data:text/html,hi',
      language: '123',
    });
    expect(film).to.deep.equal({ title: `${'x'.repeat(299)}…` });
    expect(warnings.map((warning) => warning.split(':')[0])).to.deep.equal([
      'film-title',
      'year',
      'release-date',
      'runtime',
      'language',
      'poster',
      'rating',
      'href',
    ]);
  });

  it('names rating-max and votes when they are bad', () => {
    const { film, warnings } = read({ rating: '7', 'rating-max': '0', votes: 'many' });
    expect(film).to.deep.equal({});
    expect(warnings.map((warning) => warning.split(':')[0])).to.deep.equal(['rating-max', 'votes']);
  });

  it('reads only the attributes it knows, and only its own keys', () => {
    const attributes = Object.create({ 'film-title': 'From the prototype' });
    attributes.title = 'A native tooltip';
    expect(read(attributes).film).to.deep.equal({});
  });
});

// The card's attributes are listed once, in src/data/attributes.ts; the element, the attribute reader
// and server rendering follow that table. These tests fail when one of them drifts from it.
describe('the attribute table', () => {
  /** The attribute Lit observes for each of the card's properties. */
  const cardAttributes = () =>
    new Map(
      [...FilmCard.elementProperties].flatMap(([property, options]) =>
        options.attribute === false
          ? []
          : [
              [
                typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase(),
                property,
              ],
            ],
      ),
    );

  // Attributes of the card that are neither film data nor presentation: how and from where it loads.
  const loadingAttributes = ['src', 'loading', 'timeout', 'offers', 'json-ld'];

  it('lists every attribute <film-card> observes, and nothing it does not', () => {
    const tables = [...Object.keys(filmAttributeTable), ...Object.keys(viewAttributeTable)];
    expect([...new Set(tables)].sort()).to.deep.equal(
      [...cardAttributes().keys()].filter((name) => !loadingAttributes.includes(name)).sort(),
    );
  });

  it('names, for each film attribute, the card property that attribute sets', () => {
    const byAttribute = cardAttributes();
    for (const [attribute, property] of Object.entries(filmAttributeTable))
      expect(byAttribute.get(attribute), attribute).to.equal(property);
  });

  it('gives server rendering the values the card accepts (checked when the tests are type-checked)', () => {
    // Both ways: a keyword the card accepts but server rendering refuses fails as well.
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    type Server<K extends keyof FilmCardAttributes> = NonNullable<FilmCardAttributes[K]>;
    const same: true[] = [
      true satisfies Same<Server<'variant'>, FilmCard['variant']>,
      true satisfies Same<Server<'theme'>, NonNullable<FilmCard['theme']>>,
      true satisfies Same<Server<'heading-level'>, FilmCard['headingLevel']>,
      true satisfies Same<Server<'region'>, NonNullable<FilmCard['region']>>,
      true satisfies Same<Server<'watchlist'>, NonNullable<FilmCard['watchlist']>>,
      true satisfies Same<Server<'in-watchlist'>, FilmCard['inWatchlist']>,
      true satisfies Same<Server<'pending'>, FilmCard['pending']>,
    ];
    expect(same).to.have.length(Object.keys(viewAttributeTable).length);
  });
});
