import { defineElement } from '../shared/define.js';
import { WatchlistButton } from './watchlist-button.js';

export { WatchlistButton };
// Re-exported, so that an app importing only this entry has the button's events typed.
export type { WatchlistErrorEvent, WatchlistEvent, WatchlistSavedEvent } from '../watchlist/events.js';

defineElement('watchlist-button', WatchlistButton);

declare global {
  interface HTMLElementTagNameMap {
    'watchlist-button': WatchlistButton;
  }
}
