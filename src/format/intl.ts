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
  const intl = () => cached(`i${key}`, () => new Intl.NumberFormat(locale, options));
  return cached(key, () =>
    isPlainEnglish(locale)
      ? { format: (value: number | bigint) => englishNumber(value, options) ?? intl().format(value) }
      : intl(),
  );
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): DateFormatter {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  const intl = () => cached(`i${key}`, () => new Intl.DateTimeFormat(locale, options));
  return cached(key, () =>
    isPlainEnglish(locale)
      ? { format: (date?: Date | number) => englishDate(date, options) ?? intl().format(date) }
      : intl(),
  );
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
