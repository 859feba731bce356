// Every way in ends here: untrusted values become validated film fields, by the rules of the film
// schema (film-schema.ts) run through the generic checker (check.ts).
import { validate } from './check.js';
import type { Availability, Film, Offer } from './film.js';
import { availability, film, offers } from './film-schema.js';
import { mergeFilm } from './merge.js';
import type { FilmPatch, Warn } from './patch.js';

export { offerKinds } from './film-schema.js';
export type { FilmPatch, Warn } from './patch.js';
export { absent, isRecord, own, regionCode, show } from './readers.js';

/**
 * Validates every field of an object in the `Film` shape and returns the usable ones.
 *
 * - Text is trimmed, stripped of control characters and cut (with "…") at: `title`/`originalTitle`
 *   300 characters, `synopsis` 5,000 (keeps line breaks), poster alt 500, names and characters 200,
 *   provider and attribution names 100, language names and genres 60, quality and certifications 20.
 *   An `id` longer than 100 characters is dropped, never cut: two cut ids could name one film.
 * - Lists keep their first 20 genres, 20 spoken languages, 10 ratings, 20 directors, 50 cast, 250
 *   regions, 250 certifications and 100 offers per region; genres and languages may be one
 *   comma-separated string.
 * - `year` from 1870 to ten years from now (taken from `releaseDate` when missing); `releaseDate` is
 *   an ISO date (a full date-time keeps its date); an availability's `checkedAt` is an ISO date or
 *   date-time, kept as given; `runtime` is minutes: a number, "24", "24 min", "1h 52m" or an ISO 8601
 *   duration in any form ("PT1H52M", "PT2H", "PT9M", "PT1.5H", "P0DT1H52M").
 * - `language` is a BCP 47 code (canonicalised: "KO" → "ko") or a language's name.
 * - URLs must be http(s) or relative to `base` (the page by default); `javascript:` and the like are dropped.
 * - A rating needs 0 ≤ value ≤ scale and a positive scale (default: the source's, else 10); an
 *   offer needs a provider and a kind (one of `offerKinds`; "subscription" and "flatrate" mean
 *   `stream`); a currency is an ISO 4217 code and a region an ISO 3166-1 alpha-2 code, uppercased.
 *
 * Unknown fields are ignored; each problem is reported once per field through `warn`.
 */
export function normalizeFields(input: unknown, warn: Warn, base?: string): FilmPatch {
  const result = validate(film, input, '', warn, base) as FilmPatch | undefined;
  if (!result) return {};
  if (result.year === undefined && result.releaseDate) result.year = +result.releaseDate.slice(0, 4);
  if (result.originalTitle === result.title) delete result.originalTitle;
  return result;
}

/**
 * Validates a list of offers by the rules for a film's offers (see `normalizeFields`): the usable
 * ones, at most 100. Warnings name `field` (`offers.price`, ...). URLs resolve against the page.
 */
export function normalizeOffers(input: unknown, warn: Warn, field = 'offers'): Offer[] {
  return (validate(offers, input, field, warn) as Offer[] | undefined) ?? [];
}

/** Validates a film's `availability`, offers per region, by the rules of `normalizeFields`. URLs resolve against the page. */
export function normalizeAvailability(input: unknown, warn: Warn): Availability[] {
  return (validate(availability, input, 'availability', warn) as Availability[] | undefined) ?? [];
}

/**
 * Validates a complete film (see `normalizeFields` for the rules). A film needs a title: without a
 * usable one the result is undefined.
 */
export function normalizeFilm(input: unknown, warn: Warn, base?: string): Film | undefined {
  return (
    mergeFilm([normalizeFields(input, warn, base)]) ??
    void warn('title', 'a film needs a title; nothing to show')
  );
}
