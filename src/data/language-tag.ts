/**
 * Whether text has the shape of a BCP 47 language tag (`ko`, `pt-BR`, `zh-Hant-TW`) rather than a
 * language's name ("Korean"): what the film's schema checks, and what may be written as `lang`.
 */
export const looksLikeLanguageTag = (text: string): boolean => /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(text);

/**
 * The text as a canonical language tag ("KO" → "ko", "en-gb" → "en-GB"), or undefined when it is
 * not one. Locales written as POSIX and Java write them ("en_US", "zh_TW") count: BCP 47 only has
 * the hyphen.
 */
export function languageTag(text: string): string | undefined {
  const tag = text.replace(/_/g, '-');
  if (!looksLikeLanguageTag(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
