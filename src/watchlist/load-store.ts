// Loads the saved watchlist (store.ts) on demand, as the data layer is (controllers/data-layer.ts):
// only a control with watchlist="local" needs it, and the drop-in bundle fetches it next to its
// entry file then. The first such control starts the download; the others find it here.
import { warnOnce } from '../shared/warn.js';
import { watchlistStore, type WatchlistStore } from './store-ref.js';

let loading: Promise<WatchlistStore | undefined> | undefined;

/**
 * Loads the saved watchlist, once per page. Never rejects: when its file cannot be fetched (a
 * broken copy, the network gone), it says so once and resolves to undefined, and a later call
 * tries again.
 */
export function loadWatchlistStore(): Promise<WatchlistStore | undefined> {
  const store = watchlistStore();
  if (store) return Promise.resolve(store);
  return (loading ??= import('./local-store.js').then(
    (module) => watchlistStore() ?? module.store,
    (error: unknown) => {
      loading = undefined;
      warnOnce(loadWatchlistStore, `could not load the saved watchlist module (${String(error)}).`);
      return undefined;
    },
  ));
}
