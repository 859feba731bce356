import { numberFormat } from './intl.js';

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
      score: numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100),
    };
  return {
    score: numberFormat(locale, { maximumFractionDigits: max > 10 ? 0 : 1 }).format(value),
    scale: `/${numberFormat(locale).format(max)}`,
  };
}
