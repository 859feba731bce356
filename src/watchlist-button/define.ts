import { defineElement } from '../shared/define.js';
import { WatchlistButton } from './watchlist-button.js';

export { WatchlistButton };

defineElement('watchlist-button', WatchlistButton);

declare global {
  interface HTMLElementTagNameMap {
    'watchlist-button': WatchlistButton;
  }
}
