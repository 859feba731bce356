// The films every benchmark renders: full data, so that every part of the card is on screen
// (original title, two ratings, facts, a synopsis long enough to clamp, offers, the watchlist
// button). Numbered so that no two cards share text, as on a real list page.
// Shared by the pages and by the server's /film/<id>.json route.

const synopsis =
  'A family living on odd jobs in a semi-basement flat talks its way, one member at a time, into the ' +
  'household of a rich family, until a secret hidden in the house turns the scheme upside down. Sharp, ' +
  'funny and brutal by turns.';

const offers = [
  { provider: 'StreamFlix', kind: 'stream', href: 'https://example.com/streamflix', quality: '4K' },
  {
    provider: 'FilmBox',
    kind: 'rent',
    href: 'https://example.com/filmbox',
    price: 3.49,
    currency: 'USD',
    quality: 'HD',
  },
  {
    provider: 'FilmBox',
    kind: 'buy',
    href: 'https://example.com/filmbox',
    price: 7.99,
    currency: 'USD',
    quality: 'HD',
  },
  {
    provider: 'Cinema Shop',
    kind: 'buy',
    href: 'https://example.com/cinemashop',
    price: 9.99,
    currency: 'USD',
    quality: '4K',
  },
];

/** A poster that every card shares: the browser fetches it once, for both implementations alike. */
export const posterUrl = '/bench/fixtures/poster.svg';

/** Film number `i` in this library's `Film` shape. */
export function film(i) {
  return {
    id: `film-${i}`,
    title: `Film number ${i}`,
    originalTitle: `映画 ${i}`,
    year: 1960 + (i % 60),
    releaseDate: `${1960 + (i % 60)}-05-30`,
    runtime: 80 + (i % 70),
    language: 'ko',
    genres: ['Comedy', 'Thriller', 'Drama'],
    synopsis,
    poster: { src: posterUrl, width: 342, height: 513 },
    directors: [{ name: 'Bong Joon-ho' }],
    ratings: [
      { source: 'imdb', value: 5 + (i % 50) / 10, scale: 10, votes: 1000 + i * 37 },
      { source: 'letterboxd', value: 4.5, scale: 5, votes: 2_500_000 },
    ],
    href: `https://example.com/films/${i}`,
    availability: [{ region: 'US', checkedAt: '2026-11-20', attribution: { name: 'Sample data' }, offers }],
  };
}

/** The same film as the attributes a blogger would write: everything attributes can carry. */
export function filmAttributes(i) {
  const { id, title, originalTitle, year, releaseDate, runtime, language, genres, href, ratings, poster } =
    film(i);
  const rating = /** @type {(typeof ratings)[number]} */ (ratings[0]);
  return {
    'film-id': id,
    'film-title': title,
    'original-title': originalTitle,
    year: String(year),
    'release-date': releaseDate,
    runtime: String(runtime),
    language,
    genres: genres.join(', '),
    synopsis,
    poster: poster.src,
    rating: String(rating.value),
    'rating-max': String(rating.scale),
    votes: String(rating.votes),
    'rating-source': rating.source,
    href,
  };
}
