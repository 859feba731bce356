// Where watchlist controls find the saved watchlist (store.ts) once it is on the page. The store
// puts itself here when it runs, however it got there: loaded on demand by the first control with
// watchlist="local" (load-store.ts), or imported by the page for its own use.
import type { WatchlistErrorKind, WatchlistFilm } from './events.js';

/** What a watchlist control uses of the saved watchlist. */
export interface WatchlistStore {
  isInWatchlist(id: string): boolean;
  isUnsaved(id: string): boolean;
  unsavedReason(): WatchlistErrorKind | undefined;
  setInWatchlist(film: WatchlistFilm, saved: boolean): boolean;
  subscribeWatchlist(listener: () => void): () => void;
}

let store: WatchlistStore | undefined;
/** Who waits for the store to come, whichever way it comes (see `whenWatchlistStore`). */
const waiting = new Set<() => void>();

/** The saved watchlist, once on the page; undefined before. */
export const watchlistStore = (): WatchlistStore | undefined => store;

/** Called by the store itself when it runs. */
export function provideWatchlistStore(value: WatchlistStore): void {
  store ??= value;
  const arrivals = [...waiting];
  waiting.clear();
  // Each in turn, whatever the others do: the store's own module runs this, and must not fail.
  for (const arrived of arrivals) {
    try {
      arrived();
    } catch (error) {
      (globalThis.reportError ?? console.error)(error);
    }
  }
}

/**
 * Calls `arrived` once the saved watchlist is on the page, at once when it is already: a control
 * hears of it however it comes (its own load, or the page importing the store for its own use).
 */
export function whenWatchlistStore(arrived: () => void): void {
  if (store) return arrived();
  // Last asked, last called: of two quick changes, the later one is saved last.
  waiting.delete(arrived);
  waiting.add(arrived);
}
