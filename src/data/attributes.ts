import { normalizeFields } from './normalize.js';
import type { FilmPatch, Warn } from './patch.js';
import { absent, own } from './readers.js';

/**
 * The attributes of `<film-card>` that carry film data, each with the card property it sets: the
 * one list the card, the attribute reader and server rendering derive from.
 */
export const filmAttributeTable = {
  'film-id': 'filmId',
  'film-title': 'filmTitle',
  'original-title': 'originalTitle',
  year: 'year',
  'release-date': 'releaseDate',
  runtime: 'runtime',
  language: 'language',
  genres: 'genres',
  synopsis: 'synopsis',
  poster: 'poster',
  'poster-alt': 'posterAlt',
  rating: 'rating',
  'rating-max': 'ratingMax',
  votes: 'votes',
  'rating-source': 'ratingSource',
  href: 'href',
  region: 'region',
} as const;

/** The attributes a blogger writes on a card, by name. */
export type FilmAttribute = keyof typeof filmAttributeTable;

/**
 * The attributes that change how a card looks rather than which film it shows, each with the values
 * it takes: its keywords, or the kind of value (`text`, `number`, `boolean`). Server rendering
 * writes them on the card it renders (beside `lang`, `json-ld`, `id` and `class`) and types its
 * options from this table.
 */
export const viewAttributeTable = {
  /** Layout: a card, a row for lists, a tile for grids. */
  variant: ['full', 'compact', 'poster'],
  /** A colour scheme forced on the card; `auto` follows the reader's system setting. */
  theme: ['light', 'dark', 'auto'],
  /** The level of the title heading, 1-6. */
  'heading-level': 'number',
  /** The country whose streaming offers are shown (ISO 3166-1, e.g. `GB`). */
  region: 'text',
  /** `local` keeps the watchlist in the browser. */
  watchlist: ['local'],
  'in-watchlist': 'boolean',
  /** The watchlist state shown is not saved yet (a page that keeps the list itself). */
  pending: 'boolean',
} as const;

/** The presentation attributes of a card, by name. */
export type ViewAttribute = keyof typeof viewAttributeTable;

/** A value of an attribute, by the entry for it in `viewAttributeTable`. */
type ViewValue<Entry> = Entry extends readonly (infer Keyword)[]
  ? Keyword
  : Entry extends 'number'
    ? number
    : Entry extends 'boolean'
      ? boolean
      : string;

/** The presentation attributes with their values, typed from `viewAttributeTable`; any may be left out. */
export type ViewAttributeValues = {
  -readonly [Name in ViewAttribute]?: ViewValue<(typeof viewAttributeTable)[Name]>;
};

/** The card property each film attribute sets. */
export type FilmAttributeProperty = (typeof filmAttributeTable)[FilmAttribute];

/** The raw values of a card's attributes; missing ones may be left out, undefined or null. */
export type FilmAttributes = Partial<Record<FilmAttribute, string | null>>;

// Read before every update of every card: listed once.
const filmAttributeEntries = Object.entries(filmAttributeTable) as [FilmAttribute, FilmAttributeProperty][];

/** The film attributes of an element whose properties are named as in `filmAttributeTable`; finite numbers become text. */
export function readFilmAttributes(element: Partial<Record<FilmAttributeProperty, unknown>>): FilmAttributes {
  const values: FilmAttributes = {};
  for (const [attribute, property] of filmAttributeEntries) {
    const value = element[property];
    // A finite number (`year = 2018` set from code) as its text; NaN and the like stay for the check to reject.
    values[attribute] =
      typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : (value as string | null | undefined);
  }
  return values;
}

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
    (field, message) => warn((Object.hasOwn(names, field) && names[field]) || field, message),
  );
}
