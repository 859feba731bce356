import { isRecord, own, show } from '../readers.js';
import { safeUrl } from '../url.js';
import { plainText } from './entities.js';
import { first, hasScheme, many } from './read.js';
import type { FilmAdapter } from './types.js';

const IMDB = 'https://www.imdb.com/';

/**
 * The rating sources whose own pages publish JSON-LD, by their domain (`www.` and `m.` left out):
 * their `aggregateRating` is their own score.
 */
const SITE_SOURCES: Record<string, string> = {
  'imdb.com': 'imdb',
  'letterboxd.com': 'letterboxd',
  'rottentomatoes.com': 'rotten-tomatoes',
  'metacritic.com': 'metacritic',
  'themoviedb.org': 'tmdb',
};

/** An IMDb title page however it is written: http or https, with `www.`, `m.` or neither. */
const IMDB_TITLE = /^https?:\/\/(?:(?:www|m)\.)?imdb\.com\/title\/(tt\d+)/i;

// A page's JSON-LD may be one node, a list of nodes or a `@graph`, and the film may sit inside
// another node: a carousel's `ItemList` (Google's movie carousel, alone or in a `@graph`), a
// `ScreeningEvent`'s `workPresented`, a `WebPage`'s `mainEntity`. The film is the first `Movie`
// node found, the shallowest first.
const INSIDE = ['@graph', 'itemListElement', 'item', 'workPresented', 'mainEntity'];
// Bounds for hostile input: how deep nodes may nest (lists do not count) and how many are read.
const MAX_DEPTH = 4;
const MAX_NODES = 1000;

function nodes(json: unknown): unknown[] {
  const found: unknown[] = [];
  // Lists inside lists (`[[{…}]]`) are read as one list: they are no level of nesting.
  let level = many(json).flat(MAX_DEPTH);
  for (let depth = 0; depth <= MAX_DEPTH && level.length; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (found.push(node) >= MAX_NODES) return found;
      for (const key of INSIDE) next.push(...many(own(node, key)).flat(MAX_DEPTH).slice(0, 100));
    }
    level = next;
  }
  return found;
}

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

/** IMDb's own relative path to a title (`/title/tt0468569/`), as its pages and copies of them write it. */
const isImdbPath = (value: unknown) => typeof value === 'string' && /^\/title\/tt\d+\/?$/.test(value.trim());

/**
 * What the film's relative links are relative to. IMDb when the film's own address (`url`, `@id`)
 * is IMDb's relative path, wherever the copy was found; else the film's own absolute address, the
 * site that published it (a copy fetched through a proxy, or rendered on another site's server,
 * still points at its publisher); else the base the data came with (the address it was loaded
 * from, or the page a server renders it for). Never a `sameAs`: that names the same film
 * elsewhere, not where this data lives. Undefined for JSON-LD pasted into a page that names no
 * address: its relative links are then dropped, never pointed at the page's own origin.
 */
function siteOf(address: unknown[], base: string | undefined): string | undefined {
  if (address.some(isImdbPath)) return IMDB;
  const found = address.find(absolute);
  return found ? safeUrl(found, IMDB) : base;
}

/** The rating source a rating site's own JSON-LD speaks for, by the site's domain. */
function sourceOf(site: string | undefined): string | undefined {
  const url = safeUrl(site, IMDB);
  const domain = url && new URL(url).hostname.replace(/^(www|m)\./, '');
  return domain && Object.hasOwn(SITE_SOURCES, domain) ? SITE_SOURCES[domain] : undefined;
}

/** The first value of a list (or the value itself) that reads as a rating: one with a `ratingValue`. */
const firstRating = (value: unknown) =>
  many(value).find((item) => isRecord(item) && own(item, 'ratingValue') != null);

/** schema.org `Movie` JSON-LD: the markup search engines read, often already on a blogger's page. */
export const jsonLdAdapter: FilmAdapter = {
  name: 'schema.org',
  detect: (json) => movie(json) !== undefined,
  adapt(json, warn, context = {}) {
    const film = movie(json);
    const get = (key: string) => own(film, key);
    // The film's own address, and the same film elsewhere (IMDb, TMDB, ...).
    const address = [get('url'), get('@id')].map(withScheme);
    const links = [get('url'), ...many(get('sameAs')), get('@id')].map(withScheme);
    const site = siteOf(address, context.base);
    const warned = new Set<string>();
    // Absolute http(s) links as they are; relative ones against the site, else dropped with one
    // warning per field.
    const dropped = (field: string | undefined, value: string, why: string) => {
      if (field && !warned.has(field)) {
        warned.add(field);
        warn(field, `ignored ${show(value)} (${why})`);
      }
      return undefined;
    };
    const link = (raw: unknown, field?: string) => {
      const value = withScheme(raw);
      if (typeof value !== 'string') return undefined;
      if (hasScheme(value)) return safeUrl(value, IMDB) ?? dropped(field, value, 'not an http(s) link');
      if (site) return safeUrl(value, site);
      return dropped(field, value, 'a relative link, and the data names no address to resolve it against');
    };
    const person = (field: string) => (value: unknown) => {
      // A Person, a PerformanceRole wrapping one (for the character), or a bare name.
      const who = own(value, 'actor') ?? value;
      return typeof who === 'string'
        ? plainText(who)
        : {
            name: plainText(first(own(who, 'name'))),
            character: plainText(first(own(value, 'characterName'))),
            href: link(first(own(who, 'url') ?? own(who, 'sameAs')), field),
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
    const date = typeof published === 'number' ? String(published) : published;
    // A year alone, a month ("2019-05") or a full date: the year leads them all. Only a full date
    // goes on as the release date; anything else (no leading year) goes on for the validator to judge.
    const year = typeof date === 'string' ? /^\s*(\d{4})(?!\d)/.exec(date)?.[1] : undefined;
    const fullDate = typeof date === 'string' && /^\s*\d{4}-\d\d-\d\d(?!\d)/.test(date);
    const rating = firstRating(get('aggregateRating'));
    const image = first(get('image'));
    const trailer = first(get('trailer'));
    const languages = many(get('inLanguage')).map((language) =>
      plainText(isRecord(language) ? (own(language, 'alternateName') ?? own(language, 'name')) : language),
    );
    const resolved = links.map((value) => link(value));
    return {
      id: resolved.map((url) => url && IMDB_TITLE.exec(url)?.[1]).find(Boolean),
      title: plainText(first(get('name'))),
      year,
      releaseDate: year && !fullDate ? undefined : date,
      runtime: first(get('duration')),
      language: languages[0],
      spokenLanguages: languages,
      genres: plainText(get('genre')),
      synopsis: plainText(first(get('description'))),
      poster: isRecord(image)
        ? {
            src: link(first(own(image, 'contentUrl') ?? own(image, 'url')), 'poster.src'),
            alt: plainText(first(own(image, 'caption') ?? own(image, 'description'))),
            width: first(own(image, 'width')),
            height: first(own(image, 'height')),
          }
        : link(image, 'poster.src'),
      // schema.org: "If bestRating is omitted, 5 is assumed". A rating site's own rating names it.
      ratings: rating
        ? {
            // The film's own address (not a `sameAs`) says whose page, and so whose rating, this is.
            source: sourceOf(siteOf(address, undefined)),
            value: first(own(rating, 'ratingValue')),
            scale: first(own(rating, 'bestRating')) ?? 5,
            votes: first(own(rating, 'ratingCount') ?? own(rating, 'reviewCount')),
          }
        : undefined,
      directors: many(get('director')).map(person('directors.href')),
      cast: many(get('actor') ?? get('actors')).map(person('cast.href')),
      // A `sameAs` stands in for an own address that cannot be resolved; with neither, say why.
      href:
        resolved.find(Boolean) ??
        link(
          address.find((value) => typeof value === 'string'),
          'href',
        ),
      trailer: link(
        isRecord(trailer) ? (own(trailer, 'url') ?? own(trailer, 'embedUrl')) : trailer,
        'trailer',
      ),
    };
  },
};
