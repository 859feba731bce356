import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import { useEffect } from 'storybook/preview-api';
import { eventNames, themedTags } from './manifest';

/** Languages the toolbar offers: the six the library translates, plus two right-to-left scripts. */
const locales = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  ko: '한국어',
  ja: '日本語',
  ar: 'العربية',
  he: 'עברית',
} as const;

const rtlLocales = new Set(['ar', 'he']);

export const globalTypes = {
  theme: {
    description: 'Color scheme of the page around the story, and the `theme` of elements that take one',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      dynamicTitle: true,
      items: [
        { value: 'auto', title: 'Auto (follow the system)', icon: 'contrast' },
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
    },
  },
  locale: {
    description: 'Language of the page around the story (the `lang` the elements inherit)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      dynamicTitle: true,
      items: Object.entries(locales).map(([value, title]) => ({ value, title, right: value })),
    },
  },
  dir: {
    description: 'Text direction of the page around the story',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      dynamicTitle: true,
      items: [
        { value: 'auto', title: 'From the language' },
        { value: 'ltr', title: 'Left to right', icon: 'arrowrightalt' },
        { value: 'rtl', title: 'Right to left', icon: 'arrowleftalt' },
      ],
    },
  },
};

export const initialGlobals = { theme: 'auto', locale: 'en', dir: 'auto' };

type Theme = 'auto' | 'light' | 'dark';

// Elements whose `theme` this decorator set, as opposed to one the story set itself: only these
// follow the toolbar, so a story that pins `theme="dark"` keeps it.
const driven = new WeakSet<Element>();

function driveTheme(wrapper: Element, theme: Theme): void {
  if (themedTags.length === 0) return;
  for (const element of wrapper.querySelectorAll(themedTags.join(','))) {
    if (element.hasAttribute('theme') && !driven.has(element)) continue;
    // "auto" leaves the attribute off: the element then takes the wrapper's color scheme, which
    // follows the reader's system, as an element without `theme` does on a `light dark` page.
    if (theme === 'auto') element.removeAttribute('theme');
    else element.setAttribute('theme', theme);
    driven.add(element);
  }
}

// Named here as well as read from the manifest so the Actions panel logs them even from a story
// whose element has not documented its events yet.
const libraryEvents = ['watchlist-add', 'watchlist-remove', 'offer-select', 'film-load', 'film-error'];
const loggers = [...new Set([...libraryEvents, ...eventNames])].map((name) => {
  const log = action(name);
  // Storybook's own event logging sends the bare event, and a CustomEvent's `detail` does not
  // survive the trip to the Actions panel; what a host would read from the event is sent instead.
  return [
    name,
    (event: Event) =>
      log({
        detail: (event as CustomEvent).detail,
        target: (event.composedPath()[0] as Element | undefined)?.localName,
        cancelable: event.cancelable,
      }),
  ] as const;
});

const listening = new WeakSet<Element>();

function logEvents(wrapper: Element): void {
  if (listening.has(wrapper)) return;
  listening.add(wrapper);
  for (const [name, log] of loggers) wrapper.addEventListener(name, log);
}

/**
 * Wraps every story in the page context the toolbar describes. Elements resolve their language from
 * the nearest `lang`, so the wrapper's is enough; the theme also paints the page behind the story, so
 * contrast is judged against the background a reader would see. Events are logged from the wrapper
 * rather than the story root so that stories on a docs page, which render elsewhere, log them too.
 */
export const withStoryContext: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'auto') as Theme;
  const locale = String(context.globals.locale ?? 'en');
  const dir =
    context.globals.dir === 'ltr' || context.globals.dir === 'rtl'
      ? context.globals.dir
      : rtlLocales.has(locale.split('-')[0])
        ? 'rtl'
        : 'ltr';
  const ownsPage = context.viewMode === 'story';
  // Stories of host pages set `parameters.storyContext.themeElements: false`: there the page, not
  // the toolbar, gives the cards their color scheme, as a reader's page does.
  const themeElements =
    (context.parameters.storyContext as { themeElements?: boolean } | undefined)?.themeElements !== false;

  useEffect(() => {
    // In docs mode several stories share one page, so only the wrapper carries the theme there.
    const root = document.documentElement;
    if (ownsPage) root.dataset.storyTheme = theme;
    else delete root.dataset.storyTheme;
  }, [theme, ownsPage]);

  // Stories render after the wrapper is attached; wait for them before looking for themed elements.
  const onWrapper = (wrapper?: Element) => {
    if (!wrapper) return;
    logEvents(wrapper);
    if (themeElements) queueMicrotask(() => driveTheme(wrapper, theme));
  };

  return html`<div class="story-context" data-theme=${theme} lang=${locale} dir=${dir} ${ref(onWrapper)}>${story()}</div>`;
};
