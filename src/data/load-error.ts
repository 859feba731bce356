// A failed load, kept apart from the loader: a card shows one even when the loader itself, in the
// drop-in bundle's data chunk, could not be fetched.

/** Why film data could not be loaded. */
export type FilmLoadErrorKind = 'http' | 'network' | 'timeout' | 'parse' | 'shape' | 'too-large' | 'api';

/** A failed load: its kind, the URL, the HTTP status when there was one, and a message for humans. */
export class FilmLoadError extends Error {
  constructor(
    readonly kind: FilmLoadErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FilmLoadError';
  }
}
