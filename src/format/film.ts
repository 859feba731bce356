import { looksLikeLanguageTag } from '../data/language-tag.js';
import { dateFormat, displayName, numberFormat, perLocale } from './intl.js';

const units = {
  hour: perLocale((locale) => numberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' })),
  minute: perLocale((locale) =>
    numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
  ),
};
const years = perLocale((locale) => numberFormat(locale, { useGrouping: false }));
const mediumDates = perLocale((locale) => dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));

/** A running time in the reader's units: "24 min", "1 hr 52 min", "1 h 52 min" (fr), "1시간 52분" (ko). */
export function formatRuntime(minutes: number, locale: string): string {
  const unit = (value: number, name: 'hour' | 'minute') => units[name](locale).format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(rest, 'minute');
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** An ISO date (YYYY-MM-DD) as the reader writes dates; the day never shifts with the time zone. */
export function formatDate(isoDate: string, locale: string): string | undefined {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  return mediumDates(locale).format(date);
}

/**
 * A film's language when it is a language tag (`ko`), for `lang`; undefined when given by name
 * ("Korean", as OMDb does). The film's schema keeps only tags the browser can canonicalise.
 */
export const languageTag = (language: string | undefined): string | undefined =>
  language && looksLikeLanguageTag(language) ? language : undefined;

/** A language by name in the reader's language (`ko` -> "Korean"); a name given as text stays as it is. */
export function formatLanguage(language: string, locale: string): string {
  return (languageTag(language) && displayName(locale, 'language', language)) || language;
}

/**
 * The card's meta line, in the reader's language and digits ("٢٠١٩" in Egyptian Arabic, like
 * every other number on the card): the year, the running time and the genres, those it has.
 */
export function metaItems(
  film: { year?: number; runtime?: number; genres?: readonly string[] },
  locale: string,
): string[] {
  return [
    film.year !== undefined ? years(locale).format(film.year) : undefined,
    film.runtime ? formatRuntime(film.runtime, locale) : undefined,
    film.genres?.length ? film.genres.join(', ') : undefined,
  ].filter((item): item is string => Boolean(item));
}
