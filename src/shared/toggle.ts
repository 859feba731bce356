import type { WatchlistFilm } from '../watchlist/events.js';
import { emit } from './events.js';

/**
 * The cancelable toggle every watchlist control shares (the button, "Notify me", the card): set the
 * state first, so listeners see the state they are asked to confirm, fire `watchlist-add` or
 * `watchlist-remove` from `target`, and put the state back if a listener called preventDefault().
 * Returns whether the change went through.
 */
export function cancelableToggle(
  target: EventTarget,
  film: WatchlistFilm,
  next: boolean,
  set: (inWatchlist: boolean) => void,
): boolean {
  set(next);
  if (emit(target, next ? 'watchlist-add' : 'watchlist-remove', { film }, { cancelable: true })) return true;
  set(!next);
  return false;
}
