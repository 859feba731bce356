// Loads a film from `src`: the JSON over HTTP, through the adapters, into a validated layer.
import type { FilmAdapter } from '../data/adapters/index.js';
import { filmAdapt } from '../data/film-cache.js';
import { FilmLoadError, loadFilmJson } from '../data/loader.js';
import type { FilmPatch, Warn } from '../data/patch.js';

export interface SourceOptions {
  signal: AbortSignal;
  timeout?: number;
  fetcher?: typeof fetch;
  adapters?: readonly FilmAdapter[];
  warn: Warn;
  /** The card, so that the nearest cards' requests start first and far ones are dropped. */
  element?: Element;
  /** Whether the request may be dropped while it waits, when the card moves far from the viewport. */
  lazy?: boolean;
  /** Ask the server again, past the cache (Retry). */
  reload?: boolean;
}

/**
 * The film at `url` (absolute), or the `FilmLoadError` saying why there is none: `api` when the
 * service answered that it has no film (OMDb's `Response: "False"`, TMDB's `status_code`, which
 * come with HTTP 200), `shape` when the JSON is no film. Rejects only when `signal` aborts.
 */
export async function loadFilmSource(
  url: string,
  { signal, timeout, fetcher, adapters, warn, element, lazy, reload }: SourceOptions,
): Promise<FilmPatch | FilmLoadError> {
  try {
    const { film, warnings } = await loadFilmJson(url, {
      signal,
      timeout,
      fetch: fetcher,
      adapt: filmAdapt(adapters),
      element,
      lazy,
      reload,
    });
    for (const [field, message] of warnings) warn(field, message);
    return film;
  } catch (error) {
    if (error instanceof FilmLoadError) return error;
    throw error;
  }
}
