import type { Availability } from '../data/film.js';
import { absent, regionCode, show, type Warn } from '../data/normalize.js';
import { displayName } from '../format/intl.js';
import { homeRegion } from '../i18n/home-region.js';

/**
 * The region to show: the one asked for, else the reader's (from the page language, so `en-GB`
 * and `ko` both mean something), else the first the data knows. With no data at all the reader's
 * region is still named, so the empty state says where the film is missing.
 */
export function pickRegion(
  data: Availability[],
  wanted: string | undefined,
  locale: string,
): string | undefined {
  if (wanted) return wanted;
  const home = homeRegion(locale);
  return !data.length || data.some((entry) => entry.region === home) ? home : data[0]?.region;
}

// English says "in the United Kingdom" but "in France"; Intl.DisplayNames gives the bare name.
const withArticle = 'AE BS CF DO FK FO GB GM KM KY MH MP MV NL PH SB TC US VA VG VI';

/**
 * The region's name in the reader's language, ready to follow "in"; '' for a code no name is known
 * for (`QQ`, or `ZZ`, which Intl calls "Unknown Region"): a sentence then names no region.
 */
export function regionName(locale: string, region: string): string {
  const name = region === 'ZZ' ? undefined : displayName(locale, 'region', region);
  if (!name) return '';
  return locale.split('-')[0] === 'en' && withArticle.includes(region) ? `the ${name}` : name;
}

/** The region asked for, as an upper-case code, or undefined (with a warning) when it is not one. */
export function wantedRegion(value: unknown, warn: Warn): string | undefined {
  const region = regionCode(value);
  if (!region && !absent(value)) warn('region', `ignored ${show(value)} (not a two-letter region code)`);
  else if (region && !regionName('en', region))
    warn('region', `"${region}" names no country or territory: the title names none`);
  return region;
}
