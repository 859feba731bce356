import { isRecord, own } from '../readers.js';
import { safeUrl } from '../url.js';
import { first, many } from './read.js';
import type { FilmAdapter } from './types.js';

const IMDB = 'https://www.imdb.com/';

/** The rating sources whose own pages publish JSON-LD: their `aggregateRating` is their own score. */
const SITE_SOURCES: Record<string, string> = {
  'www.imdb.com': 'imdb',
  'letterboxd.com': 'letterboxd',
  'www.rottentomatoes.com': 'rotten-tomatoes',
  'www.metacritic.com': 'metacritic',
  'www.themoviedb.org': 'tmdb',
};

// A page's JSON-LD may be one node, a list of nodes or a `@graph`, and the film may sit inside
// another node: a carousel's `ItemList` (Google's movie carousel), a `ScreeningEvent`'s
// `workPresented`, a `WebPage`'s `mainEntity`. The film is the first `Movie` node found.
const INSIDE = ['@graph', 'itemListElement', 'item', 'workPresented', 'mainEntity'];
const nodes = (json: unknown, depth = 0): unknown[] =>
  depth > 4
    ? []
    : Array.isArray(json)
      ? json.slice(0, 100).flatMap((node) => nodes(node, depth + 1))
      : [
          json,
          ...INSIDE.flatMap((key) => (own(json, key) === undefined ? [] : nodes(own(json, key), depth + 1))),
        ];

const isMovie = (node: unknown) =>
  many(own(node, '@type')).some((type) => typeof type === 'string' && /(^|[/:])Movie$/.test(type));

const movie = (json: unknown) => nodes(json).find(isMovie);

/** `www.imdb.com/title/tt0085750/` (a link written without its scheme, as in schema.org's own example) as https. */
const withScheme = (value: unknown) =>
  typeof value === 'string' && /^\s*www\.[a-z\d-]+(\.[a-z\d-]+)+\//i.test(value)
    ? `https://${value.trim()}`
    : value;

const absolute = (value: unknown): value is string =>
  typeof value === 'string' && /^https?:\/\//i.test(value.trim());

/**
 * The site that published the data, for its relative links: the origin of the film's own absolute
 * `url`, `@id` or `sameAs`; IMDb when those are IMDb's own relative paths (`/title/tt0468569/`);
 * else the address the JSON was loaded from. Undefined for JSON-LD pasted into a page that names
 * no site: its relative links are then dropped, never pointed at the page's own origin.
 */
function siteOf(links: unknown[], base: string | undefined): string | undefined {
  const found = links.find(absolute);
  if (found) return safeUrl(found, IMDB);
  if (links.some((link) => typeof link === 'string' && /^\/title\/tt\d+\/?$/.test(link.trim()))) return IMDB;
  return base;
}

/** The rating source a rating site's own JSON-LD speaks for, by the site's host. */
function sourceOf(site: string | undefined): string | undefined {
  const url = safeUrl(site, IMDB);
  const host = url && new URL(url).hostname;
  return host && Object.hasOwn(SITE_SOURCES, host) ? SITE_SOURCES[host] : undefined;
}

/** The first value of a list (or the value itself) that reads as a rating: one with a `ratingValue`. */
const firstRating = (value: unknown) =>
  many(value).find((item) => isRecord(item) && own(item, 'ratingValue') != null);

/** schema.org `Movie` JSON-LD: the markup search engines read, often already on a blogger's page. */
export const jsonLdAdapter: FilmAdapter = {
  name: 'schema.org',
  detect: (json) => movie(json) !== undefined,
  adapt(json, _warn, context = {}) {
    const film = movie(json);
    const get = (key: string) => own(film, key);
    const links = [get('url'), ...many(get('sameAs')), get('@id')].map(withScheme);
    const site = siteOf(links, context.base);
    // Absolute http(s) links as they are; relative ones against the publishing site, or none.
    const link = (raw: unknown) => {
      const value = withScheme(raw);
      return typeof value !== 'string'
        ? undefined
        : /^[a-z][a-z\d+.-]*:/i.test(value.trim())
          ? safeUrl(value, IMDB)
          : site
            ? safeUrl(value, site)
            : undefined;
    };
    const person = (value: unknown) => {
      // A Person, a PerformanceRole wrapping one (for the character), or a bare name.
      const who = own(value, 'actor') ?? value;
      return typeof who === 'string'
        ? who
        : {
            name: first(own(who, 'name')),
            character: first(own(value, 'characterName')),
            href: link(first(own(who, 'url') ?? own(who, 'sameAs'))),
          };
    };
    // The release: `releasedEvent`, else `datePublished`, else `dateCreated` (Google's carousel
    // uses it so). Letterboxd gives a `releasedEvent` (without a date before release) and uses
    // `dateCreated` for its own record: beside a `releasedEvent` it is never the film's date.
    const releasedEvent = get('releasedEvent');
    const published = first(
      own(first(releasedEvent), 'startDate') ??
        get('datePublished') ??
        (releasedEvent === undefined ? get('dateCreated') : undefined),
    );
    const yearOnly = typeof published === 'string' && /^\s*\d{4}\s*$/.test(published);
    const rating = firstRating(get('aggregateRating'));
    const image = first(get('image'));
    const trailer = first(get('trailer'));
    const languages = many(get('inLanguage')).map((language) =>
      isRecord(language) ? (own(language, 'alternateName') ?? own(language, 'name')) : language,
    );
    const resolved = links.map(link);
    return {
      id: resolved
        .map((url) => url && /^https:\/\/www\.imdb\.com\/title\/(tt\d+)/.exec(url)?.[1])
        .find(Boolean),
      title: first(get('name')),
      year: yearOnly ? published : undefined,
      releaseDate: yearOnly ? undefined : published,
      runtime: first(get('duration')),
      language: languages[0],
      spokenLanguages: languages,
      genres: get('genre'),
      synopsis: first(get('description')),
      poster: isRecord(image)
        ? {
            src: link(first(own(image, 'contentUrl') ?? own(image, 'url'))),
            alt: first(own(image, 'caption') ?? own(image, 'description')),
            width: first(own(image, 'width')),
            height: first(own(image, 'height')),
          }
        : link(image),
      // schema.org: "If bestRating is omitted, 5 is assumed". A rating site's own rating names it.
      ratings: rating
        ? {
            // The film's own address (not a `sameAs`) says whose page, and so whose rating, this is.
            source: sourceOf(siteOf([get('url'), get('@id')].map(withScheme), undefined)),
            value: first(own(rating, 'ratingValue')),
            scale: first(own(rating, 'bestRating')) ?? 5,
            votes: first(own(rating, 'ratingCount') ?? own(rating, 'reviewCount')),
          }
        : undefined,
      directors: many(get('director')).map(person),
      cast: many(get('actor') ?? get('actors')).map(person),
      href: resolved.find(Boolean),
      trailer: isRecord(trailer) ? link(own(trailer, 'url') ?? own(trailer, 'embedUrl')) : link(trailer),
    };
  },
};
