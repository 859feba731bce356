/** What a watchlist event says about the film: enough for a host to save it without another lookup. */
export interface WatchlistFilm {
  /** The film's `film-id`: the key to save it under (an IMDb id, say). */
  id: string;
  /** Its title, when the element has one (cut at 300 characters). */
  title?: string;
  /** Its year of release, when known. */
  year?: number;
}

/**
 * `watchlist-add` / `watchlist-remove`: a user asked to add or remove a film. Cancelable: a host
 * that calls preventDefault() (to ask the user to sign in, say) keeps the control's state as it was.
 * Every detail is frozen, and typed so: a listener reads it, and copies what it wants to change.
 */
export type WatchlistEvent = CustomEvent<{ readonly film: Readonly<WatchlistFilm> }>;

/**
 * Why a change to the saved watchlist (`watchlist="local"`) waits in memory: `quota` (storage is
 * full), `blocked` (the browser refuses storage to this page), `unreadable` (the stored value is
 * damaged or another version's, and is left untouched), `unavailable` (the drop-in bundle's file
 * for the saved watchlist could not be fetched: a broken copy, or the network gone).
 */
export type WatchlistErrorKind = 'quota' | 'blocked' | 'unreadable' | 'unavailable';

/**
 * `watchlist-error`: a change the user made with `watchlist="local"` could not be saved in this
 * browser yet. `detail.saved` is the state asked for (true: add). The control shows "Not saved
 * yet" and the change is saved at the next chance; nothing to do unless the page wants to say more.
 */
export type WatchlistErrorEvent = CustomEvent<{
  /** Why the change waits: `quota`, `blocked`, `unreadable` or `unavailable`. */
  readonly kind: WatchlistErrorKind;
  /** The film whose change waits. */
  readonly film: Readonly<WatchlistFilm>;
  /** The state asked for: true to add the film, false to remove it. */
  readonly saved: boolean;
  /** The same, in a sentence for a console or a log. */
  readonly message: string;
}>;

/**
 * `watchlist-saved`: a change that `watchlist-error` said could not be saved yet is saved now, as
 * the reader last asked it, from the control that said so while it is on the page; not when the
 * page sets the control's state or drops the change (`clearWatchlist()`). `detail.saved` is the
 * state saved (true: in the watchlist). A page that showed a hint of its own on `watchlist-error`
 * takes it down here.
 */
export type WatchlistSavedEvent = CustomEvent<{
  /** The film whose change is saved. */
  readonly film: Readonly<WatchlistFilm>;
  /** The state saved: true when the film is in the watchlist. */
  readonly saved: boolean;
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'watchlist-add': WatchlistEvent;
    'watchlist-remove': WatchlistEvent;
    'watchlist-error': WatchlistErrorEvent;
    'watchlist-saved': WatchlistSavedEvent;
  }
}
