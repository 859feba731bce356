// Loads a film from `src`: the JSON over HTTP, through the adapters, into a validated layer.
import { adaptFilm, FilmApiError, type FilmAdapter } from '../data/adapters/index.js';
import { FilmLoadError, loadFilmJson } from '../data/loader.js';
import type { FilmPatch, Warn } from '../data/patch.js';

export interface SourceOptions {
  signal: AbortSignal;
  timeout?: number;
  fetcher?: typeof fetch;
  adapters?: readonly FilmAdapter[];
  warn: Warn;
}

/**
 * The film at `url` (absolute), or the `FilmLoadError` saying why there is none: `api` when the
 * service answered that it has no film (OMDb's `Response: "False"`, TMDB's `status_code`, which
 * come with HTTP 200), `shape` when the JSON is no film. Rejects only when `signal` aborts.
 */
export async function loadFilmSource(
  url: string,
  { signal, timeout, fetcher, adapters, warn }: SourceOptions,
): Promise<FilmPatch | FilmLoadError> {
  let json: unknown;
  try {
    json = await loadFilmJson(url, { signal, timeout, fetch: fetcher });
  } catch (error) {
    if (error instanceof FilmLoadError) return error;
    throw error;
  }
  try {
    return adaptFilm(json, { adapters, warn, base: url });
  } catch (error) {
    return error instanceof FilmApiError
      ? new FilmLoadError('api', url, `${url}: ${error.message}.`)
      : new FilmLoadError('shape', url, `${url} is not film data: ${(error as Error).message}.`);
  }
}
