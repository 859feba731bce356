import { normalizeFields } from '../normalize.js';
import type { FilmPatch } from '../patch.js';
import { isRecord } from '../readers.js';
import { filmAdapter } from './film.js';
import { jsonLdAdapter } from './json-ld.js';
import { omdbAdapter } from './omdb.js';
import { tmdbAdapter } from './tmdb.js';
import type { AdaptOptions, FilmAdapter } from './types.js';

export { FilmApiError, type AdaptContext, type AdaptOptions, type FilmAdapter } from './types.js';

/** The built-in adapters, in the order they are tried; the film's own shape comes last, as the others may also carry a `title`. */
export const defaultAdapters: readonly FilmAdapter[] = [jsonLdAdapter, omdbAdapter, tmdbAdapter, filmAdapter];

/**
 * Detects the JSON's shape, adapts and validates it: `adapters` are tried first, in order, then
 * the built-in ones. Throws a `FilmApiError` when the JSON is a service's error answer, and an
 * Error (with a reason for humans) when no adapter recognises it or no field is usable.
 */
export function adaptFilm(
  json: unknown,
  { adapters = [], warn = () => {}, base }: AdaptOptions = {},
): FilmPatch {
  const adapter = [...adapters, ...defaultAdapters].find((candidate) => candidate.detect(json));
  if (!adapter)
    throw new Error(
      isRecord(json) || Array.isArray(json) ? 'its shape is not a known film format' : 'it is not an object',
    );
  const film = normalizeFields(adapter.adapt(json, warn, { base }), warn, base);
  if (!Object.keys(film).length) throw new Error(`no usable field in its ${adapter.name} data`);
  return film;
}

export { filmAdapter, jsonLdAdapter, omdbAdapter, tmdbAdapter };
