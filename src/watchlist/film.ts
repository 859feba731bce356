// The film a watchlist holds, checked: the one part of the saved watchlist every control needs,
// apart from the store (store.ts), which only watchlist="local" loads.
import type { WatchlistFilm } from './events.js';

/** A film on the saved watchlist: what the events carry, plus when it was added (ISO 8601). */
export interface SavedFilm extends WatchlistFilm {
  added?: string;
}

/**
 * The film as storage and events carry it, or undefined unless `id` is a non-blank string of at
 * most 100 characters, `title` (if any) a string of at most 300 and `year` (if any) an integer.
 */
export function parseFilm(value: unknown): SavedFilm | undefined {
  const { id, title, year, added } = Object(value) as Record<string, unknown>;
  if (typeof id !== 'string' || !id.trim() || id.length > 100) return undefined;
  if (title != null && (typeof title !== 'string' || title.length > 300)) return undefined;
  if (year != null && !Number.isInteger(year)) return undefined;
  const film: SavedFilm = { id };
  if (title) film.title = title;
  if (year != null) film.year = year as number;
  if (typeof added === 'string' && added.length < 40) film.added = added;
  return film;
}
