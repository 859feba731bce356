// Intl constructors are slow (tens of microseconds each) and a page may hold
// thousands of cards in one locale, so every formatter is made once and reused.
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale));
}

/** A language or region name in the reader's language: `ko` -> "Korean", `GB` -> "United Kingdom". */
export function displayName(locale: string, type: 'language' | 'region', code: string): string | undefined {
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

export function listFormat(locale: string): Intl.ListFormat {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
}
