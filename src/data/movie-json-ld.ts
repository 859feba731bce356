// The other direction from adapters/json-ld.ts: a validated `Film` written as the schema.org
// `Movie` that search engines read for rich results. Reading it back with `jsonLdAdapter` gives
// the same film, less what schema.org has no field for (offers, the poster's alt text, ratings
// other than the first).
import type { Film, Person } from './film.js';

/**
 * Marks a script that film-cards wrote itself. Such a script is output, never input: the card
 * does not read it back as film data, and updates or removes it as its film changes.
 */
export const GENERATED_ATTRIBUTE = 'data-film-card-generated';

/** Minutes as an ISO 8601 duration: 112 → `PT1H52M`, 24 → `PT24M`, 120 → `PT2H`. */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

/** Drops undefined fields and empty lists, so that the output never claims a value it lacks. */
const present = (node: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && !value.length),
    ),
  );

const person = ({ name, href, character }: Person) => {
  const who = present({ '@type': 'Person', name, url: href });
  return character ? { '@type': 'PerformanceRole', actor: who, characterName: character } : who;
};

/**
 * The film as a schema.org `Movie` node (with `@context`), ready for `JSON.stringify`:
 * name, alternateName, datePublished, duration (ISO 8601), inLanguage, genre, description,
 * image, director, actor, aggregateRating, url, and sameAs for an IMDb id.
 *
 * aggregateRating is the first rating with a vote count (search engines require one), else the
 * first rating.
 */
export function movieJsonLd(film: Film): Record<string, unknown> {
  const rating = film.ratings?.find((candidate) => candidate.votes !== undefined) ?? film.ratings?.[0];
  const imdb = film.id && /^tt\d{5,}$/.test(film.id) ? `https://www.imdb.com/title/${film.id}/` : undefined;
  return present({
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: film.title,
    alternateName: film.originalTitle,
    datePublished: film.releaseDate ?? (film.year === undefined ? undefined : String(film.year)),
    duration: film.runtime ? isoDuration(film.runtime) : undefined,
    inLanguage: film.language,
    genre: film.genres,
    description: film.synopsis,
    image: film.poster?.src,
    director: film.directors?.map(person),
    actor: film.cast?.map(person),
    aggregateRating: rating
      ? present({
          '@type': 'AggregateRating',
          ratingValue: rating.value,
          bestRating: rating.scale,
          ratingCount: rating.votes,
        })
      : undefined,
    url: film.href,
    sameAs: imdb && imdb !== film.href ? imdb : undefined,
  });
}

/**
 * JSON that is safe as the text of a `<script>` element: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e` and `\u0026`, so no value can close the script (`</script>`) or open a
 * comment, and the JSON still parses to the same data.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
