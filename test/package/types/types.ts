// Type-level tests of the published typings. This folder is compiled after the build against dist/,
// reached through the package's own `exports` (`film-cards/...` resolves to this package), so it
// sees exactly what an app that installed film-cards sees. Nothing here runs: a line that stops
// compiling, or a `@ts-expect-error` that stops being an error, fails `npm run test:types`.
import 'film-cards';
import type {
  FilmCard,
  FilmErrorEvent,
  FilmLoadEvent,
  OfferSelectEvent,
  RatingBadge,
  WatchlistButton,
  WatchlistEvent,
} from 'film-cards';
import { WatchAvailability } from 'film-cards/elements.js';
import { readWatchlist } from 'film-cards/watchlist.js';

// Tags: querySelector and createElement know each element's class.
const card: FilmCard | null = document.querySelector('film-card');
// @ts-expect-error: a <film-card> is not a RatingBadge, which proves the result is not `any`.
const notABadge: RatingBadge | null = document.querySelector('film-card');
const button: WatchlistButton = document.createElement('watchlist-button');
const vetoed: boolean = !button.toggle(true);
const availability: WatchAvailability | null = document.querySelector('watch-availability');
// @ts-expect-error: `variant` is 'full' | 'compact' | 'poster'.
if (card) card.variant = 'wide';

// Events: listeners on any element or the document get the event's own type and detail.
document.addEventListener('watchlist-add', (event) => {
  const id: string = event.detail.film.id;
  const year: number | undefined = event.detail.film.year;
  event.preventDefault();
  return [id, year];
});
card?.addEventListener('watchlist-remove', (event: WatchlistEvent) => event.detail.film.title);
card?.addEventListener('film-load', (event: FilmLoadEvent) => event.detail.film.title.toUpperCase());
card?.addEventListener('film-error', (event: FilmErrorEvent) => event.detail.status ?? event.detail.kind);
availability?.addEventListener('offer-select', (event: OfferSelectEvent) => event.detail.offer.href);
// @ts-expect-error: a watchlist event's film has no rating.
document.addEventListener('watchlist-add', (event) => event.detail.film.rating);
// @ts-expect-error: an event's detail is frozen, and typed read-only.
document.addEventListener('watchlist-add', (event) => (event.detail.film.id = 'another'));
document.addEventListener('offer-select', (event) => {
  const modified: boolean = event.detail.modified;
  // @ts-expect-error: so is an offer's.
  event.detail.offer.href = modified ? '' : undefined;
});
// @ts-expect-error: an offer-select listener receives an OfferSelectEvent, not a CustomEvent<number>.
document.addEventListener('offer-select', (event: CustomEvent<number>) => event.detail.toFixed());

export const saved: string[] = readWatchlist().map((film) => film.id);
export { notABadge, vetoed };
