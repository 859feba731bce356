// What the drop-in bundle's on-demand chunk for watchlist="local" holds: the part of the saved
// watchlist (store.ts) that controls use, without the page's own functions (import, export, clear).
import { isInWatchlist, isUnsaved, setInWatchlist, subscribeWatchlist, unsavedReason } from './store.js';
import type { WatchlistStore } from './store-ref.js';

export const store: WatchlistStore = {
  isInWatchlist,
  isUnsaved,
  unsavedReason,
  setInWatchlist,
  subscribeWatchlist,
};
