// Reads what an author wrote inside an element: film JSON in a <script>, and <watch-offer> children.
// Each is read again only when it changed, so a change to one never re-parses the other.
import { adaptFilm, FilmApiError, type AdaptOptions, type FilmAdapter } from '../data/adapters/index.js';
import { thrownText, type FilmLoadErrorKind } from '../data/load-error.js';
import type { FilmPatch, Warn } from '../data/patch.js';
import { parseScriptJson } from '../data/script-json.js';
import { offersFromElements } from '../data/watch-offers.js';
import { isGenerated } from './generated-marker.js';
import { readOffer } from './offer-reader.js';

const TYPES = ['application/ld+json', 'application/json'];

/** Inline JSON above this many bytes (UTF-8) is ignored, as `src` is: 1 MB. */
export const MAX_INLINE_BYTES = 1_048_576;

const byteLength = (text: string) =>
  // A string of n UTF-16 units takes at most 3n bytes: most never need counting.
  text.length * 3 <= MAX_INLINE_BYTES ? text.length : new TextEncoder().encode(text).length;

/** The JSON scripts written inside `element` (not the one the card writes itself, when `json-ld` is set). */
function scripts(element: Element): HTMLScriptElement[] {
  return [...element.children].filter(
    (child): child is HTMLScriptElement =>
      child.localName === 'script' &&
      TYPES.includes((child.getAttribute('type') ?? '').trim().toLowerCase()) &&
      // The card's own JSON-LD output describes what it shows; read back, it would feed itself.
      !isGenerated(child),
  );
}

/**
 * The film described by a `<script type="application/ld+json">` or `<script type="application/json">`
 * child of `element`: the same JSON-LD search engines read. The script's text is only parsed as
 * JSON, never run, and ignored above 1 MB. With several such scripts, the first that describes a film wins.
 */
export function filmFromInline(
  element: Element,
  { warn = () => {}, ...options }: AdaptOptions = {},
  ignored: (problem: InlineProblem) => void = () => {},
): FilmPatch | undefined {
  const ignore = (kind: InlineProblem['kind'], reason: string) => {
    warn('inline JSON', `ignored: ${reason}`);
    ignored({ kind, message: `inline JSON ignored: ${reason}.` });
  };
  for (const script of scripts(element)) {
    const text = script.textContent ?? '';
    if (byteLength(text) > MAX_INLINE_BYTES) {
      ignore('too-large', `larger than ${MAX_INLINE_BYTES / 1024} KB`);
      continue;
    }
    try {
      return adaptFilm(parseScriptJson(text), { warn, ...options });
    } catch (error) {
      if (error instanceof SyntaxError) ignore('parse', 'not valid JSON');
      else ignore(error instanceof FilmApiError ? 'api' : 'shape', thrownText(error));
    }
  }
  return undefined;
}

/** Why the inline JSON written inside an element gave no film: the kind and message of its `film-error`. */
export interface InlineProblem {
  kind: Extract<FilmLoadErrorKind, 'parse' | 'shape' | 'too-large' | 'api'>;
  message: string;
}

/** Keeps the inline layers of one element, re-reading each only when its own source changed. */
export class InlineReader {
  #scriptsKey?: string;
  #adapters?: readonly FilmAdapter[];
  #film?: FilmPatch;
  #offersKey?: string;
  #offers?: FilmPatch;
  /** How many times script text was parsed: each change of a script costs one parse, nothing else does. */
  parses = 0;
  /** Why the scripts, as last read, gave no film; undefined when one did or there are none. */
  problem?: InlineProblem;

  constructor(private readonly element: Element) {}

  /** The film from inline JSON; parsed again only when the scripts' text or the adapters changed. */
  film(adapters: readonly FilmAdapter[] | undefined, warn: Warn): FilmPatch | undefined {
    const key = JSON.stringify(scripts(this.element).map((script) => script.textContent ?? ''));
    if (key !== this.#scriptsKey || adapters !== this.#adapters) {
      [this.#scriptsKey, this.#adapters] = [key, adapters];
      this.parses++;
      let problem: InlineProblem | undefined;
      this.#film = filmFromInline(this.element, { adapters, warn }, (ignored) => (problem = ignored));
      this.problem = this.#film ? undefined : problem;
    }
    return this.#film;
  }

  /** The `<watch-offer>` children as a layer; validated again only when one of them changed. */
  offers(warn: Warn): FilmPatch | undefined {
    const elements = [...this.element.querySelectorAll(':scope > watch-offer')].map(readOffer);
    const key = JSON.stringify(elements);
    if (key !== this.#offersKey) {
      this.#offersKey = key;
      this.#offers = offersFromElements(elements, warn);
    }
    return this.#offers;
  }
}
