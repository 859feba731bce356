import { absent, normalizeFields, own, type FilmPatch, type Warn } from './normalize.js';

/** The attributes a blogger writes on a card, by name. */
export type FilmAttribute =
  | 'film-id'
  | 'film-title'
  | 'original-title'
  | 'year'
  | 'release-date'
  | 'runtime'
  | 'language'
  | 'genres'
  | 'synopsis'
  | 'poster'
  | 'poster-alt'
  | 'rating'
  | 'rating-max'
  | 'votes'
  | 'rating-source'
  | 'href'
  | 'region';

/** The raw values of a card's attributes; missing ones may be left out, undefined or null. */
export type FilmAttributes = Partial<Record<FilmAttribute, string | null>>;

// Warnings name the attribute the blogger wrote, not the model field it feeds.
const names: Record<string, FilmAttribute> = {
  id: 'film-id',
  title: 'film-title',
  originalTitle: 'original-title',
  releaseDate: 'release-date',
  'poster.src': 'poster',
  'poster.alt': 'poster-alt',
  'ratings.value': 'rating',
  'ratings.scale': 'rating-max',
  'ratings.votes': 'votes',
  'ratings.source': 'rating-source',
};

/**
 * The film fields a card's attributes give, validated like any other input (see `normalizeFields`).
 * `rating`, `rating-max`, `votes` and `rating-source` make one rating (the scale defaults to the
 * source's); `poster-alt` alone amends the alt text of a poster from another source. `region` is
 * not film data: the availability block picks the region.
 */
export function filmFromAttributes(attributes: FilmAttributes, warn: Warn): FilmPatch {
  const get = (name: FilmAttribute) => own(attributes, name);
  return normalizeFields(
    {
      id: get('film-id'),
      title: get('film-title'),
      originalTitle: get('original-title'),
      year: get('year'),
      releaseDate: get('release-date'),
      runtime: get('runtime'),
      language: get('language'),
      genres: get('genres'),
      synopsis: get('synopsis'),
      poster: { src: get('poster'), alt: get('poster-alt') },
      ratings: absent(get('rating'))
        ? undefined
        : [
            {
              value: get('rating'),
              scale: get('rating-max'),
              votes: get('votes'),
              source: get('rating-source'),
            },
          ],
      href: get('href'),
    },
    (field, message) => warn(Object.hasOwn(names, field) ? names[field] : field, message),
  );
}
