// What a page needs before the drop-in bundle defines the elements, started as the bundle starts:
// Lit's hydration support (with the data layer) when the page holds server-rendered cards, and the
// messages of the page's languages when they are not English. Imported first by the entry, so that
// the definitions that follow wait for it; on a page of English cards written as attributes,
// only the drop-in bundle's one task waits.
import { loadPageLanguages } from '../i18n/languages.js';
import { holdDefinitions } from './define.js';
import { loadHydrationSupport } from './hydration.js';

/** Set to true by the drop-in bundle's build; undefined in the npm build and in sources. */
declare const __DROP_IN_BUNDLE__: boolean | undefined;

const waits = [loadHydrationSupport(), loadPageLanguages()].filter((wait) => wait !== undefined);
// The drop-in bundle also defines its elements a task after it evaluates: on a phone, evaluating
// the bundle and rendering its first cards are each a long task, and as one they block the page
// for their sum. An app that imports the npm build gets its elements as soon as it imports them.
if (typeof __DROP_IN_BUNDLE__ !== 'undefined' && __DROP_IN_BUNDLE__)
  waits.push(new Promise((resolve) => setTimeout(resolve)));
if (waits.length) holdDefinitions(Promise.all(waits));
