import { isRecord, normalizeFields, type FilmPatch, type Warn } from '../normalize.js';
import { filmAdapter } from './film.js';
import { jsonLdAdapter } from './json-ld.js';
import { omdbAdapter } from './omdb.js';
import { tmdbAdapter } from './tmdb.js';

/**
 * Turns one kind of JSON into the `Film` shape. The output needs no care: it is validated
 * afterwards like any other input. Pass your own ahead of the defaults:
 * `[myAdapter, ...defaultAdapters]`.
 */
export interface FilmAdapter {
  /** Names the format in warnings and errors. */
  name: string;
  /** Whether this adapter understands the JSON; the first that does is used. */
  detect(json: unknown): boolean;
  /** The film in the `Film` shape. Throws an Error whose message says why, when the JSON reports a failure. */
  adapt(json: unknown, warn: Warn): unknown;
}

export interface AdaptOptions {
  adapters?: readonly FilmAdapter[];
  /** Receives each field that was dropped or shortened. */
  warn?: Warn;
  /** What relative URLs in the JSON are relative to: the address it came from. Default: the page. */
  base?: string;
}

/** Tried in this order; the film's own shape comes last, as the others may also carry a `title`. */
export const defaultAdapters: readonly FilmAdapter[] = [jsonLdAdapter, omdbAdapter, tmdbAdapter, filmAdapter];

/**
 * Detects the JSON's shape, adapts and validates it. Throws an Error (with a reason for humans)
 * when no adapter recognises it, the adapter reports a failure, or no field is usable.
 */
export function adaptFilm(
  json: unknown,
  { adapters = defaultAdapters, warn = () => {}, base }: AdaptOptions = {},
): FilmPatch {
  const adapter = adapters.find((candidate) => candidate.detect(json));
  if (!adapter)
    throw new Error(
      isRecord(json) || Array.isArray(json) ? 'its shape is not a known film format' : 'it is not an object',
    );
  const film = normalizeFields(adapter.adapt(json, warn), warn, base);
  if (!Object.keys(film).length) throw new Error(`no usable field in its ${adapter.name} data`);
  return film;
}

export { filmAdapter, jsonLdAdapter, omdbAdapter, tmdbAdapter };
