import type { Catalog } from '../i18n/translate.js';

export type LinkMessage = 'newTab';

// Said of every link that opens another tab or window (an offer, the source, a card's title and
// trailer), as the link's description: heard after its name, so a list of links stays short.
export const linkMessages: Catalog<LinkMessage> = {
  en: { newTab: 'Opens in a new tab' },
  es: { newTab: 'Se abre en una pestaña nueva' },
  fr: { newTab: 'S’ouvre dans un nouvel onglet' },
  de: { newTab: 'Wird in einem neuen Tab geöffnet' },
  ko: { newTab: '새 탭에서 열림' },
  ja: { newTab: '新しいタブで開きます' },
};
