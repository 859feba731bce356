// The events each React component listens for, by the handler prop that React code writes.
import type { EventName } from '@lit/react';
import type { FilmErrorEvent, FilmLoadEvent } from '../data/events.js';
import type { OfferSelectEvent } from '../watch-availability/watch-availability.js';
import type { WatchlistErrorEvent, WatchlistEvent, WatchlistSavedEvent } from '../watchlist/events.js';

export type {
  FilmErrorEvent,
  FilmLoadEvent,
  OfferSelectEvent,
  WatchlistErrorEvent,
  WatchlistEvent,
  WatchlistSavedEvent,
};

export const watchlistEvents = {
  onWatchlistAdd: 'watchlist-add' as EventName<WatchlistEvent>,
  onWatchlistRemove: 'watchlist-remove' as EventName<WatchlistEvent>,
};

/** Fired by the elements that save the watchlist (`watchlist="local"`); <watch-availability> leaves that to its card. */
export const savingEvents = {
  ...watchlistEvents,
  onWatchlistError: 'watchlist-error' as EventName<WatchlistErrorEvent>,
  onWatchlistSaved: 'watchlist-saved' as EventName<WatchlistSavedEvent>,
};

export const offerEvents = {
  onOfferSelect: 'offer-select' as EventName<OfferSelectEvent>,
};

export const filmEvents = {
  onFilmLoad: 'film-load' as EventName<FilmLoadEvent>,
  onFilmError: 'film-error' as EventName<FilmErrorEvent>,
};
