import { defineElement } from '../shared/define.js';
import { WatchOffer } from './watch-offer.js';

export { WatchOffer };

defineElement('watch-offer', WatchOffer);

declare global {
  interface HTMLElementTagNameMap {
    'watch-offer': WatchOffer;
  }
}
