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

/**
 * The failure of a card that needed the drop-in bundle's data file and could not fetch it. It has
 * no URL, so no Retry: a browser answers a module it failed to fetch with the same failure for as
 * long as the page lives.
 */
export const dataFileError = (): FilmLoadError =>
  new FilmLoadError('network', '', 'could not load the data module');

/** What was thrown, as text for a message: an adapter of the page's may throw anything at all. */
export function thrownText(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  try {
    return `an adapter threw ${String(thrown)}`;
  } catch {
    return 'an adapter threw something that is no Error';
  }
}
