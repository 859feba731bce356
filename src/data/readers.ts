// Small readers of untrusted values, shared by the validators and the adapters. None of them throws.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an own property only: a key inherited from a (possibly polluted) prototype is never trusted. */
export const own = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/** Missing: undefined, null or an empty string. Missing fields are skipped without a warning. */
export const absent = (value: unknown): boolean => value == null || value === '';

/** `letters` capital letters, from any case: an ISO 3166-1 region (`GB`), an ISO 4217 currency (`GBP`). */
export const code = (letters: number) => {
  const pattern = new RegExp(`^\\s*[a-z]{${letters}}\\s*$`, 'i');
  return (value: unknown) =>
    typeof value === 'string' && pattern.test(value) ? value.trim().toUpperCase() : undefined;
};

const twoLetters = code(2);

/**
 * Two capital letters (an ISO 3166-1 region such as `GB`), from any case. `UK`, as people write the
 * United Kingdom (ISO reserves it for that), is `GB`, the code the data uses.
 */
export const regionCode = (value: unknown): string | undefined => {
  const region = twoLetters(value);
  return region === 'UK' ? 'GB' : region;
};

/** A value as a warning quotes it: short, and never through the value's own methods. */
export const show = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number'
    ? JSON.stringify(String(value).slice(0, 40))
    : Array.isArray(value)
      ? 'a list'
      : `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;

const number = '(\\d+(?:[.,]\\d+)?)';
// ISO 8601 durations: PnW, or PnDTnHnMnS with any part left out (not all of them) and a decimal
// fraction (with "." or ",") allowed. Years and months have no fixed length and mean no running time.
const isoWeeks = new RegExp(`^P${number}W$`, 'i');
const isoParts = new RegExp(`^P(?:${number}D)?(?:T(?:${number}H)?(?:${number}M)?(?:${number}S)?)?$`, 'i');
const decimal = (value: string | undefined) => (value ? Number(value.replace(',', '.')) : 0);

/**
 * Minutes from 112, "112", "112 min", "1h 52m", "1 hour 52 minutes" or an ISO 8601 duration in any
 * of its forms ("PT1H52M", "PT2H", "PT9M", "PT6720S", "PT1.5H", "P0DT1H52M", "pt1h52m").
 */
export function minutes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const weeks = isoWeeks.exec(text);
  if (weeks) return Math.round(decimal(weeks[1]) * 7 * 24 * 60);
  const iso = isoParts.exec(text);
  // "P" and "PT" alone name no duration.
  if (iso && /\d/.test(text) && !/T$/i.test(text))
    return Math.round(
      decimal(iso[1]) * 24 * 60 + decimal(iso[2]) * 60 + decimal(iso[3]) + decimal(iso[4]) / 60,
    );
  const m = /^(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*(?:m(?:in(?:ute)?s?)?)?)?\s*(?:(\d+)\s*s)?$/i.exec(
    text,
  );
  return m?.[0] ? Math.round(+(m[1] ?? 0) * 60 + +(m[2] ?? 0) + +(m[3] ?? 0) / 60) : undefined;
}
