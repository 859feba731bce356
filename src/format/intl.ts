// Intl objects are made lazily and once per locale and options: a page may hold thousands of cards
// in one locale, and the first Intl constructor in a fresh page is slow (it loads locale data:
// tens of milliseconds on a phone). For English, where most cards are, the numbers, durations,
// dates, lists and plural forms a card shows are written by the small formatters below, which give
// Intl's text for the cases they accept and hand every other case to Intl.
import { englishDate, englishList, englishNumbers, englishPlural, isPlainEnglish } from './english.js';
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

/**
 * The value cached under `key`, made by `make(...args)` the first time: formats asked for with equal
 * options share one Intl object. A card's renders find theirs through `perLocale`, without a key.
 */
function cached<T, A extends unknown[]>(key: string, make: (...args: A) => T, ...args: A): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make(...args);
    cache.set(key, value);
  }
  return value;
}

/**
 * Intl's formatter for `locale`; for plain English, one that writes with `english` what it can and
 * hands the rest to Intl, made only on first need.
 */
function englishFirst<V, F extends { format(value: V): string }>(
  locale: string,
  english: (value: V) => string | undefined,
  intl: () => F,
): { format(value: V): string } {
  if (!isPlainEnglish(locale)) return intl();
  let made: F | undefined;
  return { format: (value) => english(value) ?? (made ??= intl()).format(value) };
}

function makeNumberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormatter {
  const english = isPlainEnglish(locale) ? englishNumbers(options) : undefined;
  return englishFirst(
    locale,
    (value: number | bigint) => (english && typeof value === 'number' ? english(value) : undefined),
    () => new Intl.NumberFormat(locale, options),
  );
}

const makeDateFormat = (locale: string, options: Intl.DateTimeFormatOptions): DateFormatter =>
  englishFirst(
    locale,
    (date?: Date | number) => englishDate(date, options),
    () => new Intl.DateTimeFormat(locale, options),
  );

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): NumberFormatter {
  return cached(`n|${locale}|${JSON.stringify(options)}`, makeNumberFormat, locale, options);
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): DateFormatter {
  return cached(`d|${locale}|${JSON.stringify(options)}`, makeDateFormat, locale, options);
}

/**
 * Formats for options fixed in advance, one per locale: made once where the options are written
 * (`const years = perLocale((locale) => numberFormat(locale, { useGrouping: false }))`), then
 * `years(locale)`. A card asks for a dozen formats on each render: found by locale alone, without
 * naming the options in a key.
 */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const byLocale = new Map<string, T>();
  return (locale) => {
    let made = byLocale.get(locale);
    if (made === undefined) byLocale.set(locale, (made = make(locale)));
    return made;
  };
}

export const pluralRules: (locale: string) => PluralSelector = perLocale((locale) =>
  isPlainEnglish(locale) ? { select: englishPlural } : new Intl.PluralRules(locale),
);

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

export const listFormat: (locale: string) => ListFormatter = perLocale((locale) =>
  isPlainEnglish(locale)
    ? { format: englishList }
    : new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
);
