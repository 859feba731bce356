import '../watch-offer/define.js';
import { defineElement } from '../shared/define.js';
import { WatchAvailability } from './watch-availability.js';

export { WatchAvailability };
export type { OfferSelectEvent } from './watch-availability.js';

defineElement('watch-availability', WatchAvailability);

declare global {
  interface HTMLElementTagNameMap {
    'watch-availability': WatchAvailability;
  }
}
