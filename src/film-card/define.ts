import '../rating-badge/define.js';
import '../watch-availability/define.js';
import '../watchlist-button/define.js';
import { defineElement } from '../shared/define.js';
import { FilmCard } from './film-card.js';

export { FilmCard };

defineElement('film-card', FilmCard);

declare global {
  interface HTMLElementTagNameMap {
    'film-card': FilmCard;
  }
}
