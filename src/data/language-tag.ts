/**
 * Whether text has the shape of a BCP 47 language tag (`ko`, `pt-BR`, `zh-Hant-TW`) rather than a
 * language's name ("Korean"): what the film's schema checks, and what may be written as `lang`.
 */
export const looksLikeLanguageTag = (text: string): boolean => /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(text);
