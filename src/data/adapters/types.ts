// The adapter contract, in a module of its own so that the adapters and their index never import each other.
import type { Warn } from '../patch.js';

/** What an adapter knows besides the JSON. */
export interface AdaptContext {
  /** The address the JSON came from, when it came from one: relative URLs in it point there. */
  base?: string;
}

/**
 * Turns one kind of JSON into the `Film` shape. The output needs no care: it is validated
 * afterwards like any other input. Your own adapters are tried before the built-in ones.
 */
export interface FilmAdapter {
  /** Names the format in warnings and errors. */
  name: string;
  /** Whether this adapter understands the JSON; the first that does is used. */
  detect(json: unknown): boolean;
  /**
   * The film in the `Film` shape. Throws a `FilmApiError` with the service's message when the JSON
   * is the service's answer that it failed (OMDb's `Response: "False"`, TMDB's `status_code`).
   */
  adapt(json: unknown, warn: Warn, context?: AdaptContext): unknown;
}

export interface AdaptOptions {
  /** Your own adapters, tried in order before the built-in ones. */
  adapters?: readonly FilmAdapter[];
  /** Receives each field that was dropped or shortened. */
  warn?: Warn;
  /** What relative URLs in the JSON are relative to: the address it came from. Default: the page. */
  base?: string;
}

/** A service answered, often with HTTP 200, that it has no film: its own message says why. */
export class FilmApiError extends Error {
  constructor(
    /** The service's name, such as `OMDb`. */
    readonly service: string,
    message: string,
  ) {
    super(message);
    this.name = 'FilmApiError';
  }
}
