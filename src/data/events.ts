import type { Film } from './film.js';
import type { FilmLoadErrorKind } from './loader.js';

/** `film-load`: film data arrived from `src` or inline JSON and the element shows it. */
export type FilmLoadEvent = CustomEvent<{ film: Film }>;

/** What a `film-error` says: the kind of failure, a message for humans, the URL and any HTTP status. */
export interface FilmErrorDetail {
  kind: FilmLoadErrorKind;
  message: string;
  url: string;
  status?: number;
}

/** `film-error`: the film data at `src` could not be loaded or is not a film, or inline JSON gave no film (`url` empty). */
export type FilmErrorEvent = CustomEvent<FilmErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'film-load': FilmLoadEvent;
    'film-error': FilmErrorEvent;
  }
}
