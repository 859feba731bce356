import { nothing, type TemplateResult } from 'lit';
import { html } from './html.js';
import { englishFallback, translate } from '../i18n/translate.js';
import { linkMessages } from './messages.js';

/** The id of the hidden note that describes links opening a new tab: one per shadow root. */
export const newTabNote = 'new-tab';

/**
 * Whether a link with this `target` opens another tab or window: `_blank`, or a named one. A
 * screen reader announces nothing of the kind by itself, and a reader who is not told loses the
 * way back.
 */
export function opensNewTab(target: unknown): boolean {
  return typeof target === 'string' && target !== '' && !/^_(self|parent|top)$/i.test(target);
}

/** The note those links point to with `aria-describedby`: in the page's language, never shown. */
export function renderNewTabNote(locale: string): TemplateResult {
  return html`<span id=${newTabNote} hidden lang=${englishFallback(linkMessages, locale) ?? nothing}>${translate(linkMessages, locale, 'newTab')}</span>`;
}
