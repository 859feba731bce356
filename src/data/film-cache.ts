// Results of `loadFilmJson` kept after their request: only what an `adapt` function validated
// (never raw JSON, never a failure), bounded by count and by an estimate of their size, so a page
// of cards with large answers keeps a few kilobytes of films, not megabytes of JSON.
import { adaptFilm, type FilmAdapter } from './adapters/index.js';
import type { FilmPatch } from './normalize.js';

/** At most this many results are kept, least recently used first out. */
export const CACHE_ENTRIES = 100;
/** At most about this many bytes of results are kept (estimated as two bytes per character of their JSON). */
export const CACHE_BYTES = 2_097_152;

interface Cached {
  value: unknown;
  bytes: number;
}

const entries = new Map<string, Cached>();
let total = 0;

// Functions have no stable text of their own: each fetch and adapt function gets a number for the key.
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (fn: object) => ids.get(fn) ?? (ids.set(fn, ++nextId), nextId);

/** The cache key for a URL loaded with one fetch function and validated by one adapt function. */
export function cacheKey(href: string, fetcher: object, adapt: object): string {
  return `${idOf(fetcher)} ${idOf(adapt)} ${href}`;
}

/** The size of a result as the cache counts it; an unmeasurable value counts as too large to keep. */
function sizeOf(value: unknown): number {
  try {
    return (JSON.stringify(value)?.length ?? 0) * 2 + 64;
  } catch {
    return Infinity;
  }
}

/** The cached result for `key`, marked as the most recently used; `found` is false on a miss. */
export function readCache(key: string): { found: boolean; value?: unknown } {
  const hit = entries.get(key);
  if (!hit) return { found: false };
  entries.delete(key);
  entries.set(key, hit);
  return { found: true, value: hit.value };
}

/** Keeps a validated result, evicting the least recently used until both bounds hold. */
export function writeCache(key: string, value: unknown): void {
  deleteCache(key);
  const bytes = sizeOf(value);
  // One result larger than a quarter of the budget would push out most of the others.
  if (bytes > CACHE_BYTES / 4) return;
  entries.set(key, { value, bytes });
  total += bytes;
  for (const [oldest, entry] of entries) {
    if (entries.size <= CACHE_ENTRIES && total <= CACHE_BYTES) break;
    entries.delete(oldest);
    total -= entry.bytes;
  }
}

function deleteCache(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  total -= entry.bytes;
}

/** Forgets every kept result. */
export function clearCache(): void {
  entries.clear();
  total = 0;
}

/** How many results are kept and their estimated bytes. */
export function cacheUsage(): { entries: number; bytes: number } {
  return { entries: entries.size, bytes: total };
}

/** A film read from `src`, frozen, with the warnings its validation produced, for each card to report. */
export interface AdaptedFilm {
  readonly film: Readonly<FilmPatch>;
  readonly warnings: readonly (readonly [field: string, message: string])[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const byAdapters = new WeakMap<readonly FilmAdapter[], (json: unknown, url: string) => AdaptedFilm>();
const defaults: readonly FilmAdapter[] = [];

/**
 * The `adapt` function for `loadFilmJson` that turns JSON into a validated, frozen film. One
 * function per list of adapters, so every card with the same adapters shares one cached result;
 * it throws (a failure, never cached) when the JSON is not film data.
 */
export function filmAdapt(adapters?: readonly FilmAdapter[]): (json: unknown, url: string) => AdaptedFilm {
  const key = adapters ?? defaults;
  let adapt = byAdapters.get(key);
  if (!adapt) {
    adapt = (json, url) => {
      const warnings: [string, string][] = [];
      const film = adaptFilm(json, {
        adapters,
        base: url,
        warn: (field, message) => warnings.push([field, message]),
      });
      return deepFreeze({ film, warnings });
    };
    byAdapters.set(key, adapt);
  }
  return adapt;
}
