// The JSX typings (`film-cards/jsx`) in a React 19 project: raw tags type-check with their own
// attributes and events, once React's JSX.IntrinsicElements is extended as the README shows. The
// `film-cards/react` wrappers need no such step.
import type { CustomElements } from 'film-cards/jsx';
import type { Film } from 'film-cards';
import { FilmCard } from 'film-cards/react';

// The shape of augmentation React's JSX typings expect: a namespace, and an interface that only extends.
/* eslint-disable @typescript-eslint/no-namespace, @typescript-eslint/no-empty-object-type */
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
/* eslint-enable @typescript-eslint/no-namespace, @typescript-eslint/no-empty-object-type */

const film: Film = { id: 'tt8765432', title: 'Little Pyongyang', year: 2018 };

export const raw = (
  <>
    <film-card film-title="x" variant="compact" />
    <film-card film={film} heading-level={2} in-watchlist onwatchlist-add={(event) => event.detail.film.id} />
    <rating-badge value={7.5} votes={39} source="imdb" few-votes={50} class="inline" />
    <watch-availability region="GB" max-offers={4} onoffer-select={(event) => event.detail.offer.provider}>
      <watch-offer provider="StreamFlix" kind="stream" href="https://example.com" />
    </watch-availability>
    <watchlist-button film-id="tt1" variant="icon" />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error: `variant` is 'full' | 'compact' | 'poster'. */}
    <film-card variant="wide" />
    {/* @ts-expect-error: `heading-level` is a number. */}
    <film-card heading-level="three" />
    {/* @ts-expect-error: a <watch-offer> kind is stream, free, ads, rent, buy or cinema. */}
    <watch-offer provider="StreamFlix" kind="lease" />
    {/* @ts-expect-error: a watchlist event's film has no rating. */}
    <film-card onwatchlist-add={(event) => event.detail.film.rating} />
  </>
);

export const wrapped = (
  <>
    <FilmCard
      film={film}
      variant="compact"
      onWatchlistAdd={(event) => event.detail.film.id}
      onFilmLoad={(event) => event.detail.film.title}
    />
    {/* Numbers are welcome where the attribute is a number: the score, its scale, the votes, the minutes. */}
    <FilmCard filmTitle="Parasite" rating={8.5} ratingMax={10} votes={1000000} runtime={132} year={2019} />
    {/* @ts-expect-error: `variant` is 'full' | 'compact' | 'poster'. */}
    <FilmCard variant="wide" />
    {/* @ts-expect-error: an offer-select handler receives an OfferSelectEvent, whose detail has no film. */}
    <FilmCard onOfferSelect={(event) => event.detail.film} />
  </>
);
