import { expect } from '@open-wc/testing';
import {
  adaptFilm,
  defaultAdapters,
  filmAdapter,
  jsonLdAdapter,
  omdbAdapter,
  tmdbAdapter,
  type FilmAdapter,
} from '../../src/data/adapters/index.js';
import { fixture } from './http.js';

/** The latest year a film's data may give: ten years from now, as the schema reads it. */
const maxYear = new Date().getFullYear() + 10;

function adapt(json: unknown, adapters?: readonly FilmAdapter[]) {
  const warnings: string[] = [];
  const film = adaptFilm(json, { adapters, warn: (field, message) => warnings.push(`${field}: ${message}`) });
  return { film, warnings };
}

/** Which default adapter claims the JSON. */
const detected = (json: unknown) => defaultAdapters.find((adapter) => adapter.detect(json))?.name;

const justWatch = { name: 'JustWatch', href: 'https://www.justwatch.com/' };
const tmdbImage = (size: string, path: string) => `https://image.tmdb.org/t/p/${size}${path}`;

describe('adapters', () => {
  describe('detection', () => {
    it('recognises each sample by its shape', async () => {
      expect(detected(await fixture('own-little-pyongyang'))).to.equal('film');
      expect(detected(await fixture('jsonld-little-pyongyang'))).to.equal('schema.org');
      expect(detected(await fixture('jsonld-parasite'))).to.equal('schema.org');
      expect(detected(await fixture('tmdb-parasite'))).to.equal('TMDB');
      expect(detected(await fixture('tmdb-parasite-providers'))).to.equal('TMDB');
      expect(detected(await fixture('omdb-parasite'))).to.equal('OMDb');
      expect(detected(await fixture('omdb-error'))).to.equal('OMDb');
      expect(detected(await fixture('unknown-shape'))).to.equal(undefined);
    });

    it('accepts every way of writing the Movie type', () => {
      for (const type of ['Movie', 'schema:Movie', 'https://schema.org/Movie', ['CreativeWork', 'Movie']])
        expect(jsonLdAdapter.detect({ '@type': type, name: 'A' }), String(type)).to.equal(true);
      for (const type of ['TVSeries', 'MovieTheater', 'NotAMovie '])
        expect(jsonLdAdapter.detect({ '@type': type, name: 'A' }), type).to.equal(false);
    });

    it('rejects JSON of an unknown shape, and anything that is not JSON data', () => {
      for (const json of [{ page: 1 }, [], [1, 2], 42, 'Little Pyongyang', null, true])
        expect(() => adaptFilm(json), JSON.stringify(json)).to.throw(/not a known film format|not an object/);
    });

    it('rejects JSON whose fields are all unusable', () => {
      expect(() => adaptFilm({ title: '   ', year: 'soon' })).to.throw('no usable field in its film data');
    });

    it('tries custom adapters in the order given', () => {
      const letterboxd: FilmAdapter = {
        name: 'letterboxd',
        detect: (json) => typeof json === 'object' && json !== null && 'film' in json,
        adapt: (json) => {
          const { film } = json as { film: { name: string; releaseYear: number; rating: number } };
          return {
            title: film.name,
            year: film.releaseYear,
            ratings: [{ source: 'letterboxd', value: film.rating }],
          };
        },
      };
      const json = { film: { name: 'Parasite', releaseYear: 2019, rating: 4.6 } };
      expect(() => adaptFilm(json)).to.throw();
      expect(adapt(json, [letterboxd, ...defaultAdapters]).film).to.deep.equal({
        title: 'Parasite',
        year: 2019,
        ratings: [{ source: 'letterboxd', value: 4.6, scale: 5 }],
      });
    });

    it('validates what an adapter gives and names the bad fields', () => {
      const sloppy: FilmAdapter = {
        name: 'sloppy',
        detect: () => true,
        adapt: () => ({ title: 'A', year: 'soon', href: 'javascript:x' }),
      };
      const { film, warnings } = adapt({}, [sloppy]);
      expect(film).to.deep.equal({ title: 'A' });
      expect(warnings).to.deep.equal([
        `year: ignored "soon" (not a year from 1870 to ${maxYear})`,
        'href: ignored "javascript:x" (not an http(s) URL)',
      ]);
    });
  });

  describe('own JSON', () => {
    it('is the Film shape, validated', async () => {
      const { film } = adapt(await fixture('own-little-pyongyang'), [filmAdapter]);
      expect(film.title).to.equal('Little Pyongyang');
      expect(film.ratings).to.deep.equal([{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }]);
    });
  });

  describe('schema.org JSON-LD', () => {
    it('reads a Movie inside a @graph', async () => {
      const { film, warnings } = adapt(await fixture('jsonld-little-pyongyang'));
      expect(warnings).to.deep.equal([]);
      expect(film).to.deep.equal({
        id: 'tt8765432',
        title: 'Little Pyongyang',
        year: 2018,
        releaseDate: '2018-09-14',
        runtime: 24,
        language: 'ko',
        spokenLanguages: ['ko'],
        genres: ['Documentary', 'Short'],
        synopsis: 'A short documentary portrait of New Malden, the London suburb nicknamed Little Pyongyang.',
        poster: {
          src: 'https://blog.example/images/little-pyongyang.jpg',
          alt: 'A terraced street in New Malden at dusk',
          width: 342,
          height: 513,
        },
        ratings: [{ value: 7.5, scale: 10, votes: 39 }],
        href: 'https://www.imdb.com/title/tt8765432/',
      });
    });

    it('reads a Movie from a list of nodes, with people, roles and the default best rating of 5', async () => {
      const { film, warnings } = adapt(await fixture('jsonld-parasite'));
      expect(warnings).to.deep.equal([]);
      expect(film).to.deep.include({
        id: 'tt6751668',
        title: 'Parasite',
        year: 2019,
        releaseDate: '2019-05-30',
        runtime: 132,
        language: 'ko',
        genres: ['Thriller'],
        poster: { src: 'https://blog.example/images/parasite-342.jpg' },
        href: 'https://blog.example/films/parasite',
      });
      expect(film.ratings).to.deep.equal([{ value: 4.6, scale: 5, votes: 1200 }]);
      expect(film.directors).to.deep.equal([
        { name: 'Bong Joon Ho', href: 'https://www.imdb.com/name/nm0094435/' },
      ]);
      expect(film.cast).to.deep.equal([
        { name: 'Song Kang-ho', character: 'Kim Ki-taek' },
        { name: 'Lee Sun-kyun', href: 'https://www.imdb.com/name/nm1310525/' },
        { name: 'Cho Yeo-jeong' },
      ]);
    });

    it('takes a year alone as the year', () => {
      expect(adapt({ '@type': 'Movie', name: 'A', datePublished: '2018' }).film).to.deep.equal({
        title: 'A',
        year: 2018,
      });
    });

    it("reads the first Movie of a carousel's ItemList (Google's movie carousel shape)", () => {
      const { film } = adapt({
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        itemListElement: [
          {
            '@type': 'ListItem',
            position: '1',
            item: { '@type': 'Movie', name: 'A', dateCreated: '2018-10-05' },
          },
          { '@type': 'ListItem', position: '2', item: { '@type': 'Movie', name: 'B' } },
        ],
      });
      expect(film).to.deep.equal({ title: 'A', releaseDate: '2018-10-05', year: 2018 });
    });

    it('prefers releasedEvent to dateCreated, and ignores dateCreated beside a releasedEvent with no date', () => {
      const released = [{ '@type': 'PublicationEvent', startDate: '2001' }];
      expect(
        adapt({ '@type': 'Movie', name: 'A', dateCreated: '2011-06-22', releasedEvent: released }).film,
      ).to.deep.equal({ title: 'A', year: 2001 });
      expect(
        adapt({ '@type': 'Movie', name: 'A', dateCreated: '2022-09-30', releasedEvent: [{}] }).film,
      ).to.deep.equal({ title: 'A' });
    });

    it("names the rating site whose own page the JSON-LD is, by the film's url (not its sameAs)", () => {
      const rating = (url: string) =>
        adapt({ '@type': 'Movie', name: 'A', url, aggregateRating: { ratingValue: 4, bestRating: 5 } }).film
          .ratings?.[0]?.source;
      expect(rating('https://letterboxd.com/film/a/')).to.equal('letterboxd');
      expect(rating('https://www.rottentomatoes.com/m/a')).to.equal('rotten-tomatoes');
      expect(rating('https://www.imdb.com/title/tt0000001/')).to.equal('imdb');
      expect(rating('https://blog.example/a')).to.equal(undefined);
      expect(
        adapt({
          '@type': 'Movie',
          name: 'A',
          '@id': 'https://blog.example/a#film',
          sameAs: 'https://www.imdb.com/title/tt0000001/',
          aggregateRating: { ratingValue: 4 },
        }).film.ratings?.[0]?.source,
      ).to.equal(undefined);
    });

    it('decodes the HTML entities IMDb writes in text, and leaves unknown ones and URLs as written', () => {
      const { film, warnings } = adapt({
        '@type': 'Movie',
        name: 'Mater&apos;s Tall Tales',
        description:
          'Tom &amp; Jerry &quot;meet&quot; &#39;Tex&#x27; &#8211; &lt;b&gt; &unknown; &amp;apos; &#0; &#xD800; &#x110000; &amp',
        genre: ['Action &amp; Adventure', 'Drama'],
        director: { '@type': 'Person', name: 'Conan O&#39;Brien' },
        actor: [
          { '@type': 'PerformanceRole', actor: { name: 'Ned &amp; Co' }, characterName: 'Bob&apos;s son' },
        ],
        image: { url: 'https://img.example/a.jpg?w=1&amp;h=2', caption: 'Tom &amp; Jerry' },
      });
      expect(warnings).to.deep.equal([]);
      expect(film).to.deep.include({
        title: "Mater's Tall Tales",
        synopsis: `Tom & Jerry "meet" 'Tex' – <b> &unknown; &apos; &#0; &#xD800; &#x110000; &amp`,
        genres: ['Action & Adventure', 'Drama'],
        directors: [{ name: "Conan O'Brien" }],
        cast: [{ name: 'Ned & Co', character: "Bob's son" }],
        poster: { src: 'https://img.example/a.jpg?w=1&amp;h=2', alt: 'Tom & Jerry' },
      });
    });

    it('keeps the year of a partial date, of a date with its time after a space, and of a year given as a number', () => {
      expect(adapt({ '@type': 'Movie', name: 'A', datePublished: '2019-05' })).to.deep.equal({
        film: { title: 'A', year: 2019 },
        warnings: [],
      });
      expect(adapt({ '@type': 'Movie', name: 'A', datePublished: '2019-05-30 20:00' })).to.deep.equal({
        film: { title: 'A', year: 2019, releaseDate: '2019-05-30' },
        warnings: [],
      });
      expect(adapt({ '@type': 'Movie', name: 'A', datePublished: 2019 })).to.deep.equal({
        film: { title: 'A', year: 2019 },
        warnings: [],
      });
    });

    it("recognises IMDb addresses written with http, without www or on m.imdb.com: the id and the rating are IMDb's", () => {
      for (const url of [
        'http://www.imdb.com/title/tt0000001/',
        'https://imdb.com/title/tt0000001/',
        'https://m.imdb.com/title/tt0000001/',
        'http://m.imdb.com/title/tt0000001',
      ]) {
        const { film } = adapt({
          '@type': 'Movie',
          name: 'A',
          url,
          aggregateRating: { ratingValue: 8, bestRating: 10 },
        });
        expect(film.id, url).to.equal('tt0000001');
        expect(film.ratings?.[0]?.source, url).to.equal('imdb');
      }
      expect(
        adapt({
          '@type': 'Movie',
          name: 'A',
          sameAs: ['https://blog.example/a', 'http://imdb.com/title/tt0000002/'],
        }).film.id,
      ).to.equal('tt0000002');
      expect(
        adapt({ '@type': 'Movie', name: 'A', url: 'https://notimdb.com/title/tt0000003/' }).film.id,
      ).to.equal(undefined);
    });

    it('reads the first Movie of a carousel inside a @graph', () => {
      const { film } = adapt({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Best of 2019' },
          {
            '@type': 'ItemList',
            itemListElement: [
              {
                '@type': 'ListItem',
                position: 1,
                item: { '@type': 'Movie', name: 'Parasite', dateCreated: '2019-05-30' },
              },
              { '@type': 'ListItem', position: 2, item: { '@type': 'Movie', name: 'B' } },
            ],
          },
        ],
      });
      expect(film).to.deep.equal({ title: 'Parasite', releaseDate: '2019-05-30', year: 2019 });
    });

    it('reads a Movie inside lists of lists, as pages that gather their scripts write them', () => {
      const { film } = adapt([
        [{ '@type': 'WebSite', name: 'A blog' }],
        [[{ '@type': 'Movie', name: 'Parasite' }]],
      ]);
      expect(film).to.deep.equal({ title: 'Parasite' });
    });

    it('drops a rating above its scale', () => {
      const { film, warnings } = adapt({
        '@type': 'Movie',
        name: 'A',
        aggregateRating: { ratingValue: 7.5 },
      });
      expect(film).to.deep.equal({ title: 'A' });
      expect(warnings).to.deep.equal(['ratings.value: ignored "7.5" (above the scale, 5)']);
    });
  });

  describe('TMDB', () => {
    it('reads a movie with credits and watch providers appended', async () => {
      const { film, warnings } = adapt(await fixture('tmdb-parasite'));
      expect(warnings).to.deep.equal([]);
      expect(film).to.deep.include({
        id: 'tt6751668',
        title: 'Parasite',
        originalTitle: '기생충',
        year: 2019,
        releaseDate: '2019-05-30',
        runtime: 133,
        language: 'ko',
        spokenLanguages: ['ko', 'en'],
        genres: ['Comedy', 'Thriller', 'Drama'],
        poster: { src: tmdbImage('w342', '/7IiTTgloJzvGI1TAYymCfbfl3vT.jpg') },
        href: 'https://www.themoviedb.org/movie/496243',
      });
      expect(film.ratings).to.deep.equal([{ source: 'tmdb', value: 8.5, scale: 10, votes: 18734 }]);
      // Only the director: not the screenwriter, nor the director of photography.
      expect(film.directors).to.deep.equal([
        { name: 'Bong Joon Ho', href: 'https://www.themoviedb.org/person/21684' },
      ]);
      expect(film.cast).to.have.length(5);
      expect(film.cast![0]).to.deep.equal({
        name: 'Song Kang-ho',
        character: 'Kim Ki-taek',
        href: 'https://www.themoviedb.org/person/20738',
      });

      const gbLink = 'https://www.themoviedb.org/movie/496243-parasite/watch?locale=GB';
      const usLink = 'https://www.themoviedb.org/movie/496243-parasite/watch?locale=US';
      const appleTv = tmdbImage('w92', '/9ghgSC0MA082EL6HLCW3GalykFD.jpg');
      const amazon = tmdbImage('w92', '/seGSXajazLMCKGB5hnRCidtjay1.jpg');
      expect(film.availability).to.deep.equal([
        {
          region: 'GB',
          attribution: justWatch,
          offers: [
            {
              provider: 'Apple TV+',
              kind: 'stream',
              logo: tmdbImage('w92', '/mShqQVDhHoK7VUbfYG3Un6xE8Mv.jpg'),
              href: gbLink,
            },
            { provider: 'Apple TV', kind: 'rent', logo: appleTv, href: gbLink },
            {
              provider: 'Google Play Movies',
              kind: 'rent',
              logo: tmdbImage('w92', '/8z7rC8uIDaTM91X0ZfkRf04ydj2.jpg'),
              href: gbLink,
            },
            { provider: 'Apple TV', kind: 'buy', logo: appleTv, href: gbLink },
          ],
        },
        {
          region: 'US',
          attribution: justWatch,
          offers: [
            {
              provider: 'Max',
              kind: 'stream',
              logo: tmdbImage('w92', '/fksCUZ9QDWZMUwL2LgMtLckROUN.jpg'),
              href: usLink,
            },
            {
              provider: 'Tubi TV',
              kind: 'ads',
              logo: tmdbImage('w92', '/w2TDH9TRI7pltf5LjN3vXzs7QbN.jpg'),
              href: usLink,
            },
            { provider: 'Amazon Video', kind: 'rent', logo: amazon, href: usLink },
            { provider: 'Amazon Video', kind: 'buy', logo: amazon, href: usLink },
          ],
        },
      ]);
    });

    it('reads a film nobody has rated and nobody streams', async () => {
      const { film, warnings } = adapt(await fixture('tmdb-little-pyongyang'));
      expect(warnings).to.deep.equal([]);
      expect(film).to.deep.equal({
        id: 'tt8765432',
        title: 'Little Pyongyang',
        year: 2018,
        releaseDate: '2018-09-14',
        runtime: 24,
        language: 'ko',
        spokenLanguages: ['ko', 'en'],
        genres: ['Documentary'],
        synopsis: 'A short documentary portrait of New Malden, the London suburb nicknamed Little Pyongyang.',
        href: 'https://www.themoviedb.org/movie/565612',
        availability: [],
      });
    });

    it('reads watch providers fetched on their own, crediting JustWatch', async () => {
      const { film } = adapt(await fixture('tmdb-parasite-providers'));
      expect(film.title).to.equal(undefined);
      expect(film.id).to.equal('tmdb:496243');
      expect(film.availability!.map((region) => region.region)).to.deep.equal(['GB', 'US']);
      expect(film.availability![0]!.offers.map((offer) => `${offer.kind} ${offer.provider}`)).to.deep.equal([
        'stream Apple TV+',
        'free BBC iPlayer',
      ]);
      expect(film.availability!.every((region) => region.attribution?.name === 'JustWatch')).to.equal(true);
    });

    it('reads TMDB\'s "cn" as Cantonese ("yue"), in the original and the spoken languages', () => {
      const { film } = adapt({
        title: 'A',
        original_title: 'A',
        original_language: 'cn',
        spoken_languages: [{ iso_639_1: 'cn' }, { iso_639_1: 'en' }],
      });
      expect(film.language).to.equal('yue');
      expect(film.spokenLanguages).to.deep.equal(['yue', 'en']);
    });

    it('ignores TMDB placeholders: runtime 0, language "xx", and image paths that are not paths', () => {
      const { film } = adapt({
        title: 'A',
        runtime: 0,
        original_language: 'xx',
        poster_path: '//evil.example/x.jpg',
        vote_average: 0,
        vote_count: 0,
      });
      expect(film).to.deep.equal({ title: 'A' });
    });
  });

  describe('OMDb', () => {
    it('decodes the HTML entities in its text, but not in the poster URL', () => {
      const { film } = adapt({
        Title: 'Mater&apos;s Tall Tales',
        Plot: 'Tom &amp; Jerry &quot;meet&quot; &#39;Tex&#39;.',
        Genre: 'Action &amp; Adventure, Drama',
        Director: 'Conan O&#39;Brien',
        Actors: 'Ned &amp; Co, Bob&apos;s son',
        Poster: 'https://img.example/a.jpg?w=1&amp;h=2',
        Response: 'True',
      });
      expect(film).to.deep.include({
        title: "Mater's Tall Tales",
        synopsis: `Tom & Jerry "meet" 'Tex'.`,
        genres: ['Action & Adventure', 'Drama'],
        directors: [{ name: "Conan O'Brien" }],
        cast: [{ name: 'Ned & Co' }, { name: "Bob's son" }],
        poster: { src: 'https://img.example/a.jpg?w=1&amp;h=2' },
      });
    });

    it('reads a film with little data, skipping "N/A"', async () => {
      const { film, warnings } = adapt(await fixture('omdb-little-pyongyang'));
      expect(warnings).to.deep.equal([]);
      expect(film).to.deep.equal({
        id: 'tt8765432',
        title: 'Little Pyongyang',
        year: 2018,
        releaseDate: '2018-09-14',
        runtime: 24,
        language: 'Korean',
        spokenLanguages: ['Korean', 'English'],
        genres: ['Documentary', 'Short'],
        ratings: [{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }],
        href: 'https://www.imdb.com/title/tt8765432/',
      });
    });

    it('reads every rating on its own scale', async () => {
      const { film, warnings } = adapt(await fixture('omdb-parasite'));
      expect(warnings).to.deep.equal([]);
      expect(film.ratings).to.deep.equal([
        { source: 'imdb', value: 8.5, scale: 10, votes: 1_012_345 },
        { source: 'rotten-tomatoes', value: 99, scale: 100 },
        { source: 'metacritic', value: 96, scale: 100 },
      ]);
      expect(film.releaseDate).to.equal('2019-11-08');
      expect(film.runtime).to.equal(132);
      expect(film.directors).to.deep.equal([{ name: 'Bong Joon Ho' }]);
      expect(film.cast).to.deep.equal([
        { name: 'Song Kang-ho' },
        { name: 'Lee Sun-kyun' },
        { name: 'Cho Yeo-jeong' },
      ]);
      expect(film.poster!.src).to.match(/^https:\/\/m\.media-amazon\.com\/images\/M\/.+\.jpg$/);
    });

    it('takes imdbRating when Ratings lacks IMDb', () => {
      const { film } = adapt({
        Title: 'A',
        imdbRating: '6.1',
        imdbVotes: '1,234',
        Ratings: [],
        Response: 'True',
      });
      expect(film.ratings).to.deep.equal([{ source: 'imdb', value: 6.1, scale: 10, votes: 1234 }]);
    });

    it('passes an unreadable release date on to be rejected', () => {
      const { film, warnings } = adapt({ Title: 'A', Released: '2018', Response: 'True' });
      expect(film).to.deep.equal({ title: 'A' });
      expect(warnings).to.deep.equal([
        `releaseDate: ignored "2018" (not a date from 1870 to ${maxYear} such as 2018-09-14)`,
      ]);
    });

    it('turns Response "False" into an error with OMDb\'s reason', async () => {
      const error = await fixture('omdb-error');
      expect(() => adapt(error)).to.throw('OMDb answered "Movie not found!"');
    });
  });

  // The words come from another server, and go to a console and an event.
  it("quotes a service's error as one clean line: no line break, control or bidi character, at most 200 characters", () => {
    const said = `Invalid\nAPI key:\u202e reversed\u0007 ${'x'.repeat(300)}`;
    for (const json of [
      { success: false, status_code: 7, status_message: said },
      { Response: 'False', Error: said },
    ]) {
      const message = (() => {
        try {
          adapt(json);
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      const quoted = /answered "(.*)"$/.exec(message)?.[1] ?? '';
      expect(quoted.startsWith('Invalid API key: reversed x'), quoted.slice(0, 40)).to.equal(true);
      expect(quoted).not.to.match(/[\p{Cc}\p{Cf}]/u);
      expect([...quoted]).to.have.length(200);
    }
  });

  it('detects each service by a key it always sends', () => {
    expect(tmdbAdapter.detect({ poster_path: '/a.jpg' })).to.equal(true);
    expect(tmdbAdapter.detect({ title: 'A' })).to.equal(false);
    expect(omdbAdapter.detect({ Title: 'A' })).to.equal(true);
    expect(filmAdapter.detect({ availability: [] })).to.equal(true);
  });
});
