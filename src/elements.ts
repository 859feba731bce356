// The side-effect-free entry: every class, type and helper, nothing registered.
// For apps that register the elements under tag names of their own. (<film-card>
// draws its badges, offers and button itself, and reads offers written as
// <watch-offer> children by that name: keep <watch-offer> under its own.)
export { FilmCard } from './film-card/film-card.js';
export { RatingBadge } from './rating-badge/rating-badge.js';
export { WatchAvailability } from './watch-availability/watch-availability.js';
export { WatchOffer } from './watch-offer/watch-offer.js';
export { WatchlistButton } from './watchlist-button/watchlist-button.js';

export type * from './data/film.js';
export type * from './data/events.js';
export type * from './watchlist/events.js';
export type { OfferSelectEvent } from './watch-availability/watch-availability.js';

export { FilmController } from './controllers/film-controller.js';
export type { FilmInputs, FilmStatus } from './controllers/film-controller.js';
export { FilmLoadError, type FilmLoadErrorKind } from './data/load-error.js';
export { loadFilmJson, clearFilmCache } from './data/loader.js';
export type { LoadOptions } from './data/loader.js';
export {
  adaptFilm,
  defaultAdapters,
  filmAdapter,
  jsonLdAdapter,
  tmdbAdapter,
  omdbAdapter,
  FilmApiError,
} from './data/adapters/index.js';
export type { FilmAdapter, AdaptOptions, AdaptContext } from './data/adapters/index.js';
export { normalizeFilm, normalizeFields } from './data/normalize.js';
export type { FilmPatch, Warn } from './data/patch.js';
export { resolveFilm } from './data/resolve.js';
export type { FilmLayers } from './data/resolve.js';
export { mergeFilm } from './data/merge.js';
export { filmFromAttributes } from './data/attributes.js';
export type { FilmAttributes, FilmAttribute } from './data/attributes.js';
export { filmFromInline } from './controllers/inline-reader.js';
