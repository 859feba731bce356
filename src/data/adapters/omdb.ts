import { own } from '../readers.js';
import { plainText } from './entities.js';
import { many, serviceWords } from './read.js';
import { FilmApiError, type FilmAdapter } from './types.js';

const IMDB = 'Internet Movie Database';
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/** OMDb writes "N/A" for anything it does not know. */
const known = (value: unknown) => (value === 'N/A' ? undefined : value);
const names = (value: unknown) => (typeof value === 'string' ? value.split(',') : undefined);

/** "14 Sep 2018" → "2018-09-14"; anything else is passed on for the validator to reject. */
const isoDate = (value: unknown) => {
  const m = typeof value === 'string' ? /^(\d\d?) ([A-Z][a-z]{2}) (\d{4})$/.exec(value.trim()) : null;
  const [, day = '', name = '', year = ''] = m ?? [];
  const month = m ? MONTHS.indexOf(name) / 3 + 1 : 0;
  return m && Number.isInteger(month) && month > 0
    ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`
    : value;
};

/** "7.5/10", "74/100" or "92%". */
const score = (
  rating: unknown,
): { source: unknown; value: unknown; scale: unknown; votes?: unknown } | undefined => {
  const source = own(rating, 'Source');
  const m = /^([\d.]+)\s*(?:\/\s*([\d.]+)|%)$/.exec(String(own(rating, 'Value')));
  return m ? { source: source === IMDB ? 'imdb' : source, value: m[1], scale: m[2] ?? 100 } : undefined;
};

/** An OMDb (omdbapi.com) response, by title or IMDb id. `Response: "False"` is an error. */
export const omdbAdapter: FilmAdapter = {
  name: 'OMDb',
  detect: (json) => own(json, 'Response') !== undefined || typeof own(json, 'Title') === 'string',
  adapt(json) {
    const get = (key: string) => known(own(json, key));
    // OMDb HTML-encodes some of its text ("&#39;", "&amp;"); its ids, numbers and URLs are left as sent.
    const text = (key: string) => plainText(get(key));
    const error = own(json, 'Error');
    if (own(json, 'Response') === 'False')
      throw new FilmApiError('OMDb', `OMDb answered "${serviceWords(error) ?? 'no film'}"`);
    const id = get('imdbID');
    const ratings = many(own(json, 'Ratings'))
      .map(score)
      .filter((rating) => rating !== undefined);
    if (!ratings.some((rating) => rating.source === 'imdb') && get('imdbRating'))
      ratings.unshift({ source: 'imdb', value: get('imdbRating'), scale: 10 });
    for (const rating of ratings) if (rating.source === 'imdb') rating.votes = get('imdbVotes');
    return {
      id,
      title: text('Title'),
      year: /\d{4}/.exec(String(get('Year')))?.[0],
      releaseDate: isoDate(get('Released')),
      runtime: get('Runtime'),
      language: names(text('Language'))?.[0],
      spokenLanguages: names(text('Language')),
      genres: text('Genre'),
      synopsis: text('Plot'),
      poster: get('Poster'),
      ratings,
      directors: names(text('Director')),
      cast: names(text('Actors')),
      // OMDb's "Rated" is the film's certificate in the United States (MPAA, or TV for TV films).
      certifications:
        typeof get('Rated') === 'string' &&
        !/^(not rated|unrated|approved|passed)$/i.test(get('Rated') as string)
          ? [{ region: 'US', rating: get('Rated') }]
          : undefined,
      href: typeof id === 'string' && /^tt\d+$/.test(id) ? `https://www.imdb.com/title/${id}/` : undefined,
    };
  },
};
