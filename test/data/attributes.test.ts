import { expect } from '@open-wc/testing';
import { filmFromAttributes, type FilmAttributes } from '../../src/data/attributes.js';

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
