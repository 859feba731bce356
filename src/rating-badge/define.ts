import { defineElement } from '../shared/define.js';
import { RatingBadge } from './rating-badge.js';

export { RatingBadge };

defineElement('rating-badge', RatingBadge);

declare global {
  interface HTMLElementTagNameMap {
    'rating-badge': RatingBadge;
  }
}
