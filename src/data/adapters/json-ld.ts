import { isRecord, own } from '../normalize.js';
import type { FilmAdapter } from './index.js';
import { first, many } from './read.js';

// A page's JSON-LD may be one node, a list of nodes or a `@graph`; the film is its `Movie` node.
const nodes = (json: unknown, depth = 0): unknown[] =>
  depth > 3
    ? []
    : Array.isArray(json)
      ? json.slice(0, 100).flatMap((node) => nodes(node, depth + 1))
      : own(json, '@graph')
        ? nodes(own(json, '@graph'), depth + 1)
        : [json];

const movie = (json: unknown) =>
  nodes(json).find((node) =>
    many(own(node, '@type')).some((type) => typeof type === 'string' && /(^|[/:])Movie$/.test(type)),
  );

/** A Person, a PerformanceRole wrapping one (for the character), or a bare name. */
const person = (value: unknown) => {
  const who = own(value, 'actor') ?? value;
  return typeof who === 'string'
    ? who
    : {
        name: own(who, 'name'),
        character: own(value, 'characterName'),
        href: own(who, 'url') ?? first(own(who, 'sameAs')),
      };
};

/** schema.org `Movie` JSON-LD: the markup search engines read, often already on a blogger's page. */
export const jsonLdAdapter: FilmAdapter = {
  name: 'schema.org',
  detect: (json) => movie(json) !== undefined,
  adapt(json) {
    const get = (key: string) => own(movie(json), key);
    const published = first(get('datePublished'));
    const rating = get('aggregateRating');
    const image = first(get('image'));
    const links = [get('url'), ...many(get('sameAs')), get('@id')];
    const languages = many(get('inLanguage')).map((language) =>
      isRecord(language) ? (own(language, 'alternateName') ?? own(language, 'name')) : language,
    );
    return {
      id: links
        .map((link) => typeof link === 'string' && /imdb\.com\/title\/(tt\d+)/.exec(link)?.[1])
        .find(Boolean),
      title: first(get('name')),
      year: typeof published === 'string' && /^\d{4}$/.test(published) ? published : undefined,
      releaseDate: typeof published === 'string' && /^\d{4}$/.test(published) ? undefined : published,
      runtime: get('duration'),
      language: languages[0],
      spokenLanguages: languages,
      genres: get('genre'),
      synopsis: get('description'),
      poster: isRecord(image)
        ? {
            src: own(image, 'contentUrl') ?? own(image, 'url'),
            alt: own(image, 'caption') ?? own(image, 'description'),
            width: own(image, 'width'),
            height: own(image, 'height'),
          }
        : image,
      // schema.org: "If bestRating is omitted, 5 is assumed".
      ratings: isRecord(rating)
        ? {
            value: own(rating, 'ratingValue'),
            scale: own(rating, 'bestRating') ?? 5,
            votes: own(rating, 'ratingCount') ?? own(rating, 'reviewCount'),
          }
        : undefined,
      directors: many(get('director')).map(person),
      cast: many(get('actor') ?? get('actors')).map(person),
      href: links.find((link) => typeof link === 'string' && /^https?:/i.test(link)),
    };
  },
};
