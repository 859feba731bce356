// Messages in languages other than English, loaded on demand. In the sources every catalog is
// complete and `languagePacks` is empty; the drop-in bundle's build (scripts/language-chunks.mjs)
// keeps only English in the catalogs and fills `languagePacks` with one chunk per language, which
// adds its messages to the catalogs when it loads.
import { isServer } from 'lit';

/** Loaders of the messages of each language (`fr`), for the catalogs they complete. */
export const languagePacks: Partial<Record<string, () => Promise<unknown>>> = {};

const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/**
 * Loads the messages for `locale`'s language (`fr-CA` loads `fr`): a promise that settles once
 * they are in the catalogs, or undefined when there is nothing to wait for (English, a language
 * already loaded or without messages). Never rejects: without its messages, a page reads English.
 */
export function loadLanguage(locale: string): Promise<void> | undefined {
  const language = locale.split('-')[0] ?? locale;
  const pack = languagePacks[language];
  if (!pack || loaded.has(language)) return undefined;
  let promise = loading.get(language);
  if (!promise) {
    promise = pack().then(
      () => void loaded.add(language),
      (error: unknown) => {
        loaded.add(language);
        console.warn(`film-cards: could not load the messages for "${language}" (${String(error)}).`);
      },
    );
    loading.set(language, promise);
  }
  return promise;
}

/**
 * Loads the messages for every language the page's elements may speak at start-up: the document's,
 * and each `lang` written on the page. Undefined when none needs loading.
 */
export function loadPageLanguages(): Promise<unknown> | undefined {
  if (isServer || typeof document === 'undefined' || !Object.keys(languagePacks).length) return undefined;
  const tags = new Set([document.documentElement.lang || navigator.language || 'en']);
  for (const element of document.querySelectorAll('[lang]')) tags.add(element.getAttribute('lang') ?? '');
  const waits = [...tags].flatMap((tag) => loadLanguage(tag.toLowerCase()) ?? []);
  return waits.length ? Promise.all(waits) : undefined;
}
