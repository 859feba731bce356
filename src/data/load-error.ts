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
 * The failure of a card that needed the drop-in bundle's data file and could not fetch it. With
 * the card's `src` as `url` it offers Retry, which asks for the file again: some browsers fetch it
 * anew, others (Chromium today) answer a module they failed to fetch with the same failure while the
 * page lives. Inline JSON and the `film` property have no URL, and no Retry.
 */
export const dataFileError = (url = ''): FilmLoadError =>
  new FilmLoadError('network', url, 'could not load the data module');

/**
 * What `by` threw, as text for a message, without throwing again: the page's adapters and fetchers
 * may throw anything at all.
 */
export function thrownText(thrown: unknown, by = 'an adapter'): string {
  if (thrown instanceof Error) return thrown.message;
  try {
    return `${by} threw ${String(thrown)}`;
  } catch {
    return `${by} threw something that is no Error`;
  }
}
