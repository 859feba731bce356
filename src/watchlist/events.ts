/** What a watchlist event says about the film: enough for a host to save it without another lookup. */
export interface WatchlistFilm {
  id: string;
  title?: string;
  year?: number;
}

/**
 * `watchlist-add` / `watchlist-remove`: a user asked to add or remove a film. Cancelable: a host
 * that calls preventDefault() (to ask the user to sign in, say) keeps the control's state as it was.
 */
export type WatchlistEvent = CustomEvent<{ film: WatchlistFilm }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'watchlist-add': WatchlistEvent;
    'watchlist-remove': WatchlistEvent;
  }
}
