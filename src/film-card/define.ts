// The card reads <watch-offer> children; it draws everything else itself.
import '../watch-offer/define.js';
import { defineElement } from '../shared/define.js';
import { FilmCard } from './film-card.js';

export { FilmCard };
// Re-exported, so that an app importing only this entry has the card's events typed.
export type { FilmErrorEvent, FilmLoadEvent } from '../data/events.js';
export type { WatchlistErrorEvent, WatchlistEvent, WatchlistSavedEvent } from '../watchlist/events.js';
export type { OfferSelectEvent } from '../watch-availability/availability-view.js';

defineElement('film-card', FilmCard);

declare global {
  interface HTMLElementTagNameMap {
    'film-card': FilmCard;
  }
}
