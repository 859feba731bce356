import '../watch-offer/define.js';
import { defineElement } from '../shared/define.js';
import { WatchAvailability } from './watch-availability.js';

export { WatchAvailability };
export type { OfferSelectEvent } from './watch-availability.js';
// Re-exported, so that an app importing only this entry has the notify button's events typed.
export type { WatchlistErrorEvent, WatchlistEvent } from '../watchlist/events.js';

defineElement('watch-availability', WatchAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'watch-availability': WatchAvailability;
  }
}
