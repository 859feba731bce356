// The data layer: the adapters that read JSON-LD, TMDB, OMDb and this library's own JSON, the
// loader with its queue and cache, and the reader of JSON written inside an element. A card needs
// it only for `src`, inline JSON or the `film` property, so the drop-in bundle loads it on demand
// (see data-layer.ts): a page of cards written as attributes never downloads it. What the film
// controller does with its results once it has them lives here too, for the same reason.
import { adaptFilm, FilmApiError, type FilmAdapter } from '../data/adapters/index.js';
import { filmAdapt } from '../data/film-cache.js';
import { FilmLoadError, thrownText } from '../data/load-error.js';
import { loadFilmJson, type LoadOptions } from '../data/loader.js';
import { normalizeFields } from '../data/normalize.js';
import type { FilmPatch, Warn } from '../data/patch.js';
import { InlineReader } from './inline-reader.js';

/**
 * The film at `url`, or why there is none: a `FilmLoadError` of kind `api` when the service
 * answered that it has no film (OMDb's `Response: "False"`, TMDB's `status_code`, which come with
 * HTTP 200), `shape` when the JSON is no film, and so on; `network` for anything else thrown on
 * the way. Rejects only when the request was aborted (a newer `src`, or dropped off-screen).
 */
async function requestFilm(
  url: string,
  adapters: readonly FilmAdapter[] | undefined,
  options: Omit<LoadOptions, 'adapt'>,
  warn: Warn,
): Promise<FilmPatch | FilmLoadError> {
  try {
    const { film, warnings } = await loadFilmJson(url, { ...options, adapt: filmAdapt(adapters) });
    for (const [field, message] of warnings) warn(field, message);
    return film;
  } catch (error) {
    if (error instanceof FilmLoadError) return error;
    if (options.signal?.aborted || (error as Error)?.name === 'AbortError') throw error;
    return new FilmLoadError('network', url, `could not load ${url} (${thrownText(error, 'the request')})`);
  }
}

/**
 * The `film` property in any shape an adapter recognises, else read field by field as the `Film`
 * shape: a partial film set to amend the attributes (`{ synopsis }`) is recognised by no adapter,
 * and is still welcome. A service's error answer set as the film is a failure of kind `api`.
 */
function readFilmProperty(
  value: object,
  adapters: readonly FilmAdapter[] | undefined,
  warn: Warn,
): { film?: FilmPatch; failure?: FilmLoadError } {
  try {
    return { film: adaptFilm(value, { adapters, warn }) };
  } catch (error) {
    if (!(error instanceof FilmApiError)) return { film: normalizeFields(value, warn) };
    warn('film', error.message);
    return { failure: new FilmLoadError('api', '', `film: ${error.message}.`) };
  }
}

export const filmData = { requestFilm, readFilmProperty, InlineReader };
