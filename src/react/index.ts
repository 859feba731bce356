// React components for the film-cards elements: `import { FilmCard } from 'film-cards/react'`.
//
// React 19 can render the raw tags too, but it only listens for events through props spelled like
// the event (`onwatchlist-add`); these wrappers give React's usual camelCase handlers and typed
// props. Importing this module registers every element under its standard tag, as the other
// entries do: React 19 sets a prop as a property only when the element already has it, so a
// wrapper must never render an element that is not defined yet. This module and the ones it
// re-exports are listed in package.json's `sideEffects`, so that a bundler keeps every element
// they define, whichever component an app uses. Each component also has an entry of its own
// (`film-cards/react/rating-badge.js`...), which defines only the elements that one draws.
export type {
  FilmErrorEvent,
  FilmLoadEvent,
  OfferSelectEvent,
  WatchlistErrorEvent,
  WatchlistEvent,
  WatchlistSavedEvent,
} from './events.js';
export { FilmCard } from './film-card.js';
export { RatingBadge } from './rating-badge.js';
export { WatchAvailability } from './watch-availability.js';
export { WatchlistButton } from './watchlist-button.js';
