// The npm entry points: the public import path and the source that builds it.
// vite.config.ts builds these; Storybook and the type checker resolve the same
// paths to the sources, so stories import exactly what users import.
/** @type {Record<string, string>} */
export const entries = {
  'film-cards': 'src/index.ts',
  'film-cards/elements.js': 'src/elements.ts',
  'film-cards/rating-badge.js': 'src/rating-badge/define.ts',
  'film-cards/watchlist-button.js': 'src/watchlist-button/define.ts',
  'film-cards/watch-availability.js': 'src/watch-availability/define.ts',
  'film-cards/watch-offer.js': 'src/watch-offer/define.ts',
  'film-cards/film-card.js': 'src/film-card/define.ts',
  'film-cards/watchlist.js': 'src/watchlist/store.ts',
  'film-cards/react': 'src/react/index.ts',
  'film-cards/react/film-card.js': 'src/react/film-card.ts',
  'film-cards/react/rating-badge.js': 'src/react/rating-badge.ts',
  'film-cards/react/watch-availability.js': 'src/react/watch-availability.ts',
  'film-cards/react/watchlist-button.js': 'src/react/watchlist-button.ts',
  'film-cards/ssr.js': 'src/ssr/index.ts',
};
