import { isRecord, own } from '../readers.js';
import { many, serviceWords } from './read.js';
import { FilmApiError, type FilmAdapter } from './types.js';

// TMDB's terms require watch-provider data to credit JustWatch, who supply it.
const JUSTWATCH = { name: 'JustWatch', href: 'https://www.justwatch.com' };
const KINDS = [
  ['stream', 'flatrate'],
  ['free', 'free'],
  ['ads', 'ads'],
  ['rent', 'rent'],
  ['buy', 'buy'],
] as const;

/**
 * A TMDB language code as a language tag. TMDB writes "xx" for no language, and "cn" for Cantonese:
 * it has only ISO 639-1 codes, which give Cantonese none, and "cn" is no language code at all (the
 * card would set `lang="cn"`); Cantonese is "yue" in ISO 639-3, the code browsers and fonts know.
 */
const language = (code: unknown) => (code === 'xx' ? undefined : code === 'cn' ? 'yue' : code);

const image = (path: unknown, size: string) =>
  typeof path === 'string' && /^\/[\w.-]+$/.test(path)
    ? `https://image.tmdb.org/t/p/${size}${path}`
    : undefined;

const person = (value: unknown) => ({
  name: own(value, 'name'),
  character: own(value, 'character'),
  href:
    typeof own(value, 'id') === 'number'
      ? `https://www.themoviedb.org/person/${own(value, 'id') as number}`
      : undefined,
});

/** `{ GB: { link, flatrate: [...], rent: [...] }, US: {...} }` → one availability per country. */
const availability = (results: unknown) =>
  isRecord(results)
    ? Object.keys(results).map((region) => {
        const entry = own(results, region);
        return {
          region,
          offers: KINDS.flatMap(([kind, key]) =>
            many(own(entry, key)).map((provider) => ({
              provider: own(provider, 'provider_name'),
              kind,
              logo: image(own(provider, 'logo_path'), 'w92'),
              // TMDB gives no deep links: its page for the region lists every provider.
              href: own(entry, 'link'),
            })),
          ),
          attribution: JUSTWATCH,
        };
      })
    : undefined;

/**
 * `release_dates.results` → one certification per country: the theatrical release's (type 3) when
 * it has one, else the first release's that has one. TMDB writes "" for none.
 */
const certifications = (results: unknown) =>
  many(results).flatMap((entry) => {
    const releases = many(own(entry, 'release_dates')).filter(
      (release) =>
        typeof own(release, 'certification') === 'string' && (own(release, 'certification') as string).trim(),
    );
    const chosen = releases.find((release) => own(release, 'type') === 3) ?? releases[0];
    return chosen ? [{ region: own(entry, 'iso_3166_1'), rating: own(chosen, 'certification') }] : [];
  });

const VIDEO_SITES: Record<string, (key: string) => string> = {
  YouTube: (key) => `https://www.youtube.com/watch?v=${encodeURIComponent(key)}`,
  Vimeo: (key) => `https://vimeo.com/${encodeURIComponent(key)}`,
};

/** `videos.results` → a link to the best trailer: an official trailer, else any trailer, else a teaser. */
const trailer = (results: unknown) => {
  const videos = many(results).filter(
    (video) =>
      typeof own(video, 'key') === 'string' && Object.hasOwn(VIDEO_SITES, String(own(video, 'site'))),
  );
  const best =
    videos.find((video) => own(video, 'type') === 'Trailer' && own(video, 'official') === true) ??
    videos.find((video) => own(video, 'type') === 'Trailer') ??
    videos.find((video) => own(video, 'type') === 'Teaser');
  return best && VIDEO_SITES[own(best, 'site') as string]?.(own(best, 'key') as string);
};

/** TMDB's error answer, sent with HTTP 200 by some proxies and with 401/404 by TMDB itself. */
const isError = (json: unknown) =>
  typeof own(json, 'status_code') === 'number' &&
  typeof own(json, 'status_message') === 'string' &&
  own(json, 'title') === undefined;

/**
 * A TMDB movie (`/movie/{id}`, ideally with `append_to_response=credits,release_dates,videos,watch/providers`), or a
 * `/movie/{id}/watch/providers` response `{ id, results }` on its own.
 */
export const tmdbAdapter: FilmAdapter = {
  name: 'TMDB',
  detect: (json) =>
    ['original_title', 'poster_path', 'vote_average', 'watch/providers'].some(
      (key) => own(json, key) !== undefined,
    ) ||
    (isRecord(own(json, 'results')) && typeof own(json, 'id') === 'number') ||
    isError(json),
  adapt(json) {
    const get = (key: string) => own(json, key);
    if (isError(json))
      throw new FilmApiError('TMDB', `TMDB answered "${serviceWords(get('status_message')) ?? 'an error'}"`);
    const id = get('id');
    const votes = get('vote_count');
    return {
      id: get('imdb_id') || (typeof id === 'number' ? `tmdb:${id}` : undefined),
      title: get('title'),
      originalTitle: get('original_title'),
      releaseDate: get('release_date'),
      // TMDB writes 0 for an unknown runtime and an average of 0 for no votes.
      runtime: get('runtime') || undefined,
      language: language(get('original_language')),
      spokenLanguages: many(get('spoken_languages')).map((spoken) => language(own(spoken, 'iso_639_1'))),
      genres: many(get('genres')).map((genre) => own(genre, 'name')),
      synopsis: get('overview'),
      poster: image(get('poster_path'), 'w342'),
      ratings: votes ? { source: 'tmdb', value: get('vote_average'), scale: 10, votes } : undefined,
      directors: many(own(get('credits'), 'crew'))
        .filter((member) => own(member, 'job') === 'Director')
        .map(person),
      cast: many(own(get('credits'), 'cast'))
        .slice(0, 50)
        .map(person),
      href: typeof id === 'number' ? `https://www.themoviedb.org/movie/${id}` : undefined,
      certifications: certifications(own(get('release_dates'), 'results')),
      trailer: trailer(own(get('videos'), 'results')),
      availability: availability(own(get('watch/providers'), 'results') ?? get('results')),
    };
  },
};
