// `import { FilmCard } from 'film-cards/react/film-card.js'`: the card alone (it defines the
// elements it is made of), for an app that imports no other component. See index.ts.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { FilmCard as FilmCardElement } from '../film-card/define.js';
import { filmEvents, offerEvents, savingEvents } from './events.js';

export type {
  FilmErrorEvent,
  FilmLoadEvent,
  OfferSelectEvent,
  WatchlistErrorEvent,
  WatchlistEvent,
  WatchlistSavedEvent,
} from './events.js';

/** `<film-card>`: `film`, `fetcher` and `adapters` are set as properties; `onWatchlistAdd`, `onFilmLoad`... listen for its events. */
export const FilmCard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'film-card',
  elementClass: FilmCardElement,
  displayName: 'FilmCard',
  events: { ...savingEvents, ...offerEvents, ...filmEvents },
});
