import type { Film } from './film.js';
import type { FilmLoadError, FilmLoadErrorKind } from './load-error.js';

/** `film-load`: film data arrived from `src` or inline JSON and the element shows it. */
export type FilmLoadEvent = CustomEvent<{ film: Film }>;

/** What a `film-error` says: the kind of failure, a message for humans, the URL and any HTTP status. */
export interface FilmErrorDetail {
  /** What went wrong: `http`, `network`, `timeout`, `parse`, `shape`, `too-large` or `api` (see docs/data.md). */
  kind: FilmLoadErrorKind;
  /** The same, in a sentence for a console or a log (a service's own message for `api`). */
  message: string;
  /** The URL asked for, resolved against the page; empty for inline JSON and the `film` property. */
  url: string;
  /** The HTTP status, for `http`. */
  status?: number;
}

/** What `film-error` tells the page of a failed load. */
export const errorDetail = ({ kind, message, url, status }: FilmLoadError): FilmErrorDetail => ({
  kind,
  message,
  url,
  status,
});

/** `film-error`: the film data at `src` could not be loaded or is not a film, or inline JSON or the `film` property gave no film (`url` empty). */
export type FilmErrorEvent = CustomEvent<FilmErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'film-load': FilmLoadEvent;
    'film-error': FilmErrorEvent;
  }
}
