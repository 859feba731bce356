import type { Certification } from './film.js';
import { homeRegion } from '../i18n/home-region.js';
import { regionCode } from './readers.js';

/**
 * The certification to show: the one for `region` (an ISO 3166-1 code), else for the region of
 * the reader's language (`en-GB` → GB, `ko` → KR). Never another country's: "18" in one country
 * may be "R" or "16" in another.
 */
export function certificationFor(
  certifications: readonly Certification[] | undefined,
  region: unknown,
  locale: string,
): string | undefined {
  if (!certifications?.length) return undefined;
  const wanted = regionCode(region) ?? homeRegion(locale);
  return certifications.find((entry) => entry.region === wanted)?.rating;
}
