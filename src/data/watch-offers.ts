// Offers written by hand: the `offers` attribute of a card and its `<watch-offer>` children. They
// are validated like every other offer (see `normalizeFields`) into a layer of the one `Film`.
import { normalizeFields } from './normalize.js';
import type { FilmPatch, Warn } from './patch.js';

/** The attributes of `<watch-offer>`: an offer's fields, by the same names (and what a card watches for changes). */
export const offerAttributes = ['provider', 'kind', 'href', 'logo', 'price', 'currency', 'quality'];

/**
 * The `offers` attribute as a layer: `none` (the film streams nowhere) gives `{ offers: [] }`, a
 * JSON array its valid offers; anything else nothing, with one warning.
 */
export function offersFromAttribute(value: unknown, warn: Warn): FilmPatch | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return undefined;
  if (text.toLowerCase() === 'none') return { offers: [] };
  let offers: unknown;
  try {
    offers = JSON.parse(text);
  } catch {
    // reported below, like any other value that is not a list of offers
  }
  if (!Array.isArray(offers)) {
    warn('offers', `ignored ${JSON.stringify(text.slice(0, 40))} (not "none" or a JSON array of offers)`);
    return undefined;
  }
  return { offers: normalizeFields({ offers }, warn).offers ?? [] };
}

/** `<watch-offer>` elements' attributes (see `offerAttributes`) as a layer; undefined when there are none. */
export function offersFromElements(
  elements: readonly Record<string, string | null>[],
  warn: Warn,
): FilmPatch | undefined {
  if (!elements.length) return undefined;
  const named: Warn = (field, message) => warn(field.replace(/^offers/, 'watch-offer'), message);
  return { offers: normalizeFields({ offers: elements }, named).offers ?? [] };
}
