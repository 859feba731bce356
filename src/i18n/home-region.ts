// The reader's country, from the page language: the region the offers and the certification are
// for when a card names none. `Intl.Locale#maximize()` knows it for every language, but its first
// call in a page loads locale data (up to 180 ms on a phone), so a tag that names its country, or
// a common language on its own, is read without it.
import { regionCode } from '../data/readers.js';

/** The country each common language is most likely spoken in, as CLDR's likely subtags give it. */
const likely =
  ' en-US fr-FR es-ES de-DE it-IT ja-JP ko-KR zh-CN ru-RU pt-BR hi-IN sv-SE da-DK nl-NL no-NO fi-FI' +
  ' pl-PL tr-TR ar-EG fa-IR he-IL el-GR cs-CZ hu-HU ro-RO th-TH id-ID uk-UA vi-VN';

// A canonical tag's region comes after its language and optional script: `en-GB`, `zh-Hant-TW`.
const regionSubtag = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?-([A-Z]{2}|\d{3})(?:-|$)/;

const homes = new Map<string, string | undefined>();

/**
 * The country of a canonical language tag: `en-GB` → GB, `ko` → KR; undefined when it names no
 * single country (`es-419` is Latin America, `eo` the world) or cannot be read.
 */
export function homeRegion(locale: string): string | undefined {
  if (homes.has(locale)) return homes.get(locale);
  let home = regionSubtag.exec(locale)?.[1];
  if (!home) {
    const at = likely.indexOf(` ${locale}-`);
    if (at >= 0) home = likely.slice(at + locale.length + 2, at + locale.length + 4);
    else {
      try {
        home = new Intl.Locale(locale).maximize().region;
      } catch {
        // an unreadable language tag names no region
      }
    }
  }
  // Only a country: `419` (Latin America) or `001` (the world) is no region an offer is for.
  home = regionCode(home);
  homes.set(locale, home);
  return home;
}
