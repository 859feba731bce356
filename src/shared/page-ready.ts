// What a page needs before the drop-in bundle defines the elements, started as the bundle starts:
// Lit's hydration support (with the data layer) when the page holds server-rendered cards, and the
// messages of the page's languages when they are not English. Imported first by the entry, so that
// the definitions that follow wait for it; on a page of English cards written as attributes,
// nothing waits.
import { loadPageLanguages } from '../i18n/languages.js';
import { holdDefinitions } from './define.js';
import { loadHydrationSupport } from './hydration.js';

const waits = [loadHydrationSupport(), loadPageLanguages()].filter((wait) => wait !== undefined);
if (waits.length) holdDefinitions(Promise.all(waits));
