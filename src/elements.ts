// The side-effect-free entry: every class, type and helper, nothing registered.
// For apps that register the elements under tag names of their own.
export { RatingBadge } from './rating-badge/rating-badge.js';
export type * from './data/film.js';
