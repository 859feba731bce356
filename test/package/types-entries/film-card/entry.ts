// An app that imports one element's entry, and nothing else, has that element's events typed:
// each such folder is a program of its own, so no other entry's declarations leak in.
import 'film-cards/film-card.js';

const card = document.querySelector('film-card')!;
card.addEventListener('film-load', (event) => {
  const title: string = event.detail.film.title;
  return title;
});
card.addEventListener('film-error', (event) => {
  const kind: 'http' | 'network' | 'timeout' | 'parse' | 'shape' | 'too-large' | 'api' = event.detail.kind;
  return kind;
});
card.addEventListener('watchlist-add', (event) => {
  const id: string = event.detail.film.id;
  return id;
});
card.addEventListener('watchlist-error', (event) => {
  // @ts-expect-error: the detail is typed, so a field it does not have is an error.
  return event.detail.nothing;
});
card.addEventListener('offer-select', (event) => {
  const provider: string = event.detail.offer.provider;
  return provider;
});
