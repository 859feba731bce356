// Readers shared by the adapters. JSON from services is loose: one value or a list, absent or null.

/** A list as it is, one value as a list of one, nothing as an empty list. */
export const many = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value == null ? [] : [value];

/**
 * Whether a URL is written with a scheme (`https:`, `javascript:`...): not relative. Here, not in
 * url.ts, which every page loads: only the adapters (and the card maker) ask.
 */
export const hasScheme = (text: string): boolean => /^\s*[a-z][a-z\d+.-]*:/i.test(text);

/** The first of a list, or the value itself. */
export const first = (value: unknown): unknown => many(value)[0];

/**
 * A service's own words in an error answer (TMDB's `status_message`, OMDb's `Error`), as one line
 * for a console and an event: control characters and bidi controls are spaces (joiners, which
 * Persian text and emoji need, are kept), and it is cut at 200 characters, never inside one.
 * Undefined for anything but text.
 */
export function serviceWords(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\s]+/gu, ' ').trim();
  return line ? [...line].slice(0, 200).join('') : undefined;
}
