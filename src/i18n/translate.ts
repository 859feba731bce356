import { pluralRules } from '../format/intl.js';

type Table<Key extends string> = Partial<Record<Key | `${Key}.${Intl.LDMLPluralRule}`, string>>;

/** Strings of one element in each language; English is complete, others may be partial. */
export type Catalog<Key extends string> = { en: Table<Key> & Record<Key, string> } & Record<
  string,
  Table<Key>
>;

type Params = Record<string, string | number>;

/**
 * Looks a message up for a locale (`pt-BR`, then `pt`, then English) and fills
 * its `{placeholders}`. When `params.count` is a number, the plural form
 * `key.one`/`key.other` (per Intl.PluralRules) is preferred over `key`.
 */
export function translate<Key extends string>(
  catalog: Catalog<Key>,
  locale: string,
  key: Key,
  params: Params = {},
): string {
  const [language = locale] = locale.split('-');
  const tables = [catalog[locale], catalog[language], catalog.en] as Partial<Record<string, string>>[];
  const keys: string[] =
    typeof params.count === 'number'
      ? [`${key}.${pluralRules(locale).select(params.count)}`, `${key}.other`, key]
      : [key];
  for (const table of tables) {
    for (const candidate of keys) {
      const text = table?.[candidate];
      if (text !== undefined)
        return text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));
    }
  }
  return key;
}
