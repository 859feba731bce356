import { nothing, type TemplateResult } from 'lit';
import type { HtmlTag } from '../shared/html.js';
import { englishFallback, translate } from '../i18n/translate.js';
import type { WatchlistFilm } from '../watchlist/events.js';
import { controlMessages } from '../watchlist/messages.js';
import { messages } from './messages.js';

/** What the button shows, and what a click on it does. */
export interface ButtonView {
  /** The film it stands for; without one the button is disabled. */
  film?: WatchlistFilm;
  /** Whether the film is on the watchlist. */
  saved: boolean;
  /** Whether that state is not saved yet: "Not saved yet" instead of "In watchlist". */
  pending: boolean;
  /** The icon alone, its text kept for screen readers. */
  iconOnly: boolean;
  onClick: () => void;
}

/**
 * The watchlist toggle: a real `<button>` with `aria-pressed`, named with the film's title ("Add to
 * watchlist: Little Pyongyang"), and a live region that says "Not saved yet". Drawn by
 * `<watchlist-button>` in its own shadow root, and by a card in its own, without an element per
 * card: its classes carry the styles (`buttonStyles`), its parts are
 * named by `html`: as written in `<watchlist-button>` (`button`), prefixed in a card (`watchlist-button`).
 */
export function renderWatchlistButton(view: ButtonView, locale: string, html: HtmlTag): TemplateResult {
  const { film, saved, pending } = view;
  const label = pending
    ? translate(controlMessages, locale, 'unsaved')
    : translate(messages, locale, saved ? 'saved' : 'add');
  const lang = englishFallback(messages, locale) ?? nothing;
  return html`<button
      part="button"
      class=${view.iconOnly ? 'watchlist-button watchlist-icon-only' : 'watchlist-button'}
      type="button"
      lang=${lang}
      aria-pressed=${saved}
      aria-label=${film?.title ? translate(controlMessages, locale, 'named', { label, title: film.title }) : nothing}
      ?disabled=${!film}
      @click=${view.onClick}
    ><svg part="icon" class="watchlist-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h12v18l-6-4.5L6 21z" /></svg><span part="label" class="watchlist-label">${label}</span></button
    ><span part="status" class="watchlist-status" role="status" lang=${lang}>${pending ? translate(controlMessages, locale, 'unsaved') : nothing}</span>`;
}
