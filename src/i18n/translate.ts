import { pluralRules } from '../format/intl.js';

type Table<Key extends string> = Partial<Record<Key | `${Key}.${Intl.LDMLPluralRule}`, string>>;

/** Strings of one element in each language; English is complete, others may be partial. */
export type Catalog<Key extends string> = { en: Table<Key> & Record<Key, string> } & Record<
  string,
  Table<Key>
>;

type Params = Record<string, string | number>;

/** Each locale's language (`pt-BR` -> `pt`), split once: a card translates dozens of messages. */
const languages = new Map<string, string>();

function languageOf(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) languages.set(locale, (language = locale.split('-')[0] || locale));
  return language;
}

/** The message for `key` in one table: its plural form first when there is one. */
function lookUp(
  table: Partial<Record<string, string>> | undefined,
  key: string,
  plural: string | undefined,
): string | undefined {
  if (!table) return undefined;
  return plural === undefined ? table[key] : (table[plural] ?? table[`${key}.other`] ?? table[key]);
}

/** `key.one`, `key.other`...: the plural form of a message for `count` in `locale`. */
const pluralKey = (key: string, locale: string, count: number) =>
  `${key}.${pluralRules(locale).select(count)}`;

/**
 * Looks a message up for a locale (`pt-BR`, then `pt`, then English) and fills
 * its `{placeholders}`. When `params.count` is a number, the plural form
 * `key.one`/`key.other` (per Intl.PluralRules) is preferred over `key`.
 */
export function translate<Key extends string>(
  catalog: Catalog<Key>,
  locale: string,
  key: Key,
  params?: Params,
): string {
  const tables = catalog as Partial<Record<string, Partial<Record<string, string>>>>;
  const count = params?.count;
  const plural = typeof count === 'number' ? pluralKey(key, locale, count) : undefined;
  // An English message takes English plurals: Portuguese counts 0 as "one", English as "other".
  const text =
    lookUp(tables[locale], key, plural) ??
    lookUp(tables[languageOf(locale)], key, plural) ??
    lookUp(
      tables.en,
      key,
      plural === undefined || languageOf(locale) === 'en' ? plural : pluralKey(key, 'en', count as number),
    );
  if (text === undefined) return key;
  // Most messages are labels without placeholders: no pattern to run for them.
  return params && text.includes('{')
    ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match))
    : text;
}

/**
 * 'en' when `locale`'s language has no messages in `catalog`, which then speaks English; undefined
 * when it has them. Elements mark their English text with it (`lang="en"`), so that a screen
 * reader on an Italian page reads "Released" with an English voice. A language's table counts as
 * complete: the keys one may leave out are those that read the same in every language.
 */
export function englishFallback(catalog: Catalog<string>, locale: string): 'en' | undefined {
  const tables = catalog as Partial<Record<string, object>>;
  const language = languageOf(locale);
  return language === 'en' || tables[locale] || tables[language] ? undefined : 'en';
}
