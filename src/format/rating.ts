import { numberFormat, perLocale } from './intl.js';

/** Numbers as a reader's language writes them, to three decimals at most. */
export const plainNumbers = perLocale((locale) => numberFormat(locale, {}));
/** Whole numbers: scores on scales above 10. */
export const wholeNumbers = perLocale((locale) => numberFormat(locale, { maximumFractionDigits: 0 }));
/** Numbers to one decimal: scores on scales up to 10. */
export const tenths = perLocale((locale) => numberFormat(locale, { maximumFractionDigits: 1 }));
const percentages = perLocale((locale) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
);

/** Whether a source gives its scores as percentages (Rotten Tomatoes' Tomatometer). */
export const isPercent = (source: string) => source.toLowerCase() === 'rotten-tomatoes';

/**
 * A score as the rating badge shows it, in the reader's language: "7.5" and its scale "/10", or a
 * percentage ("92%", "92 %" in French, "٩٢٪" in Arabic) with no scale. Scales above 10 show whole
 * numbers.
 */
export function formatScore(
  value: number,
  max: number,
  source: string,
  locale: string,
): { score: string; scale?: string } {
  if (isPercent(source))
    return {
      score: percentages(locale).format(value / 100),
    };
  return {
    score: (max > 10 ? wholeNumbers : tenths)(locale).format(value),
    scale: `/${plainNumbers(locale).format(max)}`,
  };
}
