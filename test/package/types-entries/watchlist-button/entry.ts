// An app that imports only the watchlist button's entry has its events typed (see ../film-card).
import 'film-cards/watchlist-button.js';

const button = document.querySelector('watchlist-button')!;
button.addEventListener('watchlist-remove', (event) => {
  const id: string = event.detail.film.id;
  return id;
});
button.addEventListener('watchlist-add', (event) => {
  // @ts-expect-error: the detail is typed, so a field it does not have is an error.
  return event.detail.nothing;
});
