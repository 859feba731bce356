// Intl objects are made lazily and once per locale and options: a page may hold thousands of cards
// in one locale, and the first Intl constructor in a fresh page is slow (it loads locale data:
// tens of milliseconds on a phone). For English, where most cards are, the numbers, durations,
// dates, lists and plural forms a card shows are written by the small formatters below, which give
// Intl's text for the cases they accept and hand every other case to Intl.
import { englishDate, englishList, englishNumber, englishPlural, isPlainEnglish } from './english.js';
import { englishLanguages, englishRegions } from './english-names.js';

/** What callers use of a number formatter. */
export type NumberFormatter = Pick<Intl.NumberFormat, 'format'>;
/** What callers use of a date formatter. */
export type DateFormatter = Pick<Intl.DateTimeFormat, 'format'>;
/** What callers use of plural rules. */
export type PluralSelector = Pick<Intl.PluralRules, 'select'>;
/** What callers use of a list formatter. */
export type ListFormatter = Pick<Intl.ListFormat, 'format'>;

const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): NumberFormatter {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  // Looked up before anything is made, not even a closure: a card asks on every render.
  let formatter = cache.get(key) as NumberFormatter | undefined;
  if (!formatter) cache.set(key, (formatter = makeNumberFormat(locale, options)));
  return formatter;
}

function makeNumberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormatter {
  if (!isPlainEnglish(locale)) return new Intl.NumberFormat(locale, options);
  let intl: Intl.NumberFormat | undefined;
  return {
    format: (value: number | bigint) =>
      englishNumber(value, options) ?? (intl ??= new Intl.NumberFormat(locale, options)).format(value),
  };
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): DateFormatter {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as DateFormatter | undefined;
  if (!formatter) cache.set(key, (formatter = makeDateFormat(locale, options)));
  return formatter;
}

function makeDateFormat(locale: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  if (!isPlainEnglish(locale)) return new Intl.DateTimeFormat(locale, options);
  let intl: Intl.DateTimeFormat | undefined;
  return {
    format: (date?: Date | number) =>
      englishDate(date, options) ?? (intl ??= new Intl.DateTimeFormat(locale, options)).format(date),
  };
}

export function pluralRules(locale: string): PluralSelector {
  return cached(`p|${locale}`, () =>
    isPlainEnglish(locale) ? { select: englishPlural } : new Intl.PluralRules(locale),
  );
}

/** A language or region name in the reader's language: `ko` -> "Korean", `GB` -> "United Kingdom". */
export function displayName(locale: string, type: 'language' | 'region', code: string): string | undefined {
  if (isPlainEnglish(locale)) {
    const names = type === 'language' ? englishLanguages : englishRegions;
    if (Object.hasOwn(names, code)) return names[code];
  }
  try {
    const names = cached(
      `dn|${locale}|${type}`,
      () => new Intl.DisplayNames(locale, { type, fallback: 'none' }),
    );
    return names.of(code) ?? undefined;
  } catch {
    return undefined; // not a valid code: the caller shows what it was given
  }
}

export function listFormat(locale: string): ListFormatter {
  return cached(`l|${locale}`, () =>
    isPlainEnglish(locale)
      ? { format: englishList }
      : new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  );
}
