// React components for the film-cards elements: `import { FilmCard } from 'film-cards/react'`.
//
// React 19 can render the raw tags too, but it only listens for events through props spelled like
// the event (`onwatchlist-add`); these wrappers give React's usual camelCase handlers and typed
// props. Importing this module registers the elements under their standard tags, as the other
// entries do: React 19 sets a prop as a property only when the element already has it, so a
// wrapper must never render an element that is not defined yet. Each wrapper is marked pure so
// that a bundler drops the ones an app never uses.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { FilmCard as FilmCardElement } from '../film-card/define.js';
import { RatingBadge as RatingBadgeElement } from '../rating-badge/define.js';
import { WatchAvailability as WatchAvailabilityElement } from '../watch-availability/define.js';
import { WatchlistButton as WatchlistButtonElement } from '../watchlist-button/define.js';
import type { FilmErrorEvent, FilmLoadEvent } from '../data/events.js';
import type { OfferSelectEvent } from '../watch-availability/watch-availability.js';
import type { WatchlistErrorEvent, WatchlistEvent } from '../watchlist/events.js';

export type { FilmErrorEvent, FilmLoadEvent, OfferSelectEvent, WatchlistErrorEvent, WatchlistEvent };

const watchlistEvents = {
  onWatchlistAdd: 'watchlist-add' as EventName<WatchlistEvent>,
  onWatchlistRemove: 'watchlist-remove' as EventName<WatchlistEvent>,
};

/** Fired by the elements that save the watchlist (`watchlist="local"`); <watch-availability> leaves that to its card. */
const savingEvents = {
  ...watchlistEvents,
  onWatchlistError: 'watchlist-error' as EventName<WatchlistErrorEvent>,
};

const offerEvents = {
  onOfferSelect: 'offer-select' as EventName<OfferSelectEvent>,
};

/** `<film-card>`: `film`, `fetcher` and `adapters` are set as properties; `onWatchlistAdd`, `onFilmLoad`... listen for its events. */
export const FilmCard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'film-card',
  elementClass: FilmCardElement,
  displayName: 'FilmCard',
  events: {
    ...savingEvents,
    ...offerEvents,
    onFilmLoad: 'film-load' as EventName<FilmLoadEvent>,
    onFilmError: 'film-error' as EventName<FilmErrorEvent>,
  },
});

/** `<rating-badge>`: a score on its scale, its votes and its source. */
export const RatingBadge = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'rating-badge',
  elementClass: RatingBadgeElement,
  displayName: 'RatingBadge',
});

/** `<watch-availability>`: where to watch a film; `onOfferSelect` to route offer clicks yourself. */
export const WatchAvailability = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'watch-availability',
  elementClass: WatchAvailabilityElement,
  displayName: 'WatchAvailability',
  events: { ...watchlistEvents, ...offerEvents },
});

/** `<watchlist-button>`: the add/remove toggle; `onWatchlistAdd` and `onWatchlistRemove` may call `preventDefault()`; `onWatchlistError` hears of a change not saved yet. */
export const WatchlistButton = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'watchlist-button',
  elementClass: WatchlistButtonElement,
  displayName: 'WatchlistButton',
  events: savingEvents,
});
