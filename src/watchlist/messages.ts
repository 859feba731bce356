import type { Catalog } from '../i18n/translate.js';

export type PendingMessage = 'unsaved';

// Shown by every watchlist control (the button, "Notify me") while a change waits to be saved.
export const pendingMessages: Catalog<PendingMessage> = {
  en: { unsaved: 'Not saved yet' },
  es: { unsaved: 'Aún no guardado' },
  fr: { unsaved: 'Pas encore enregistré' },
  de: { unsaved: 'Noch nicht gespeichert' },
  ko: { unsaved: '아직 저장되지 않음' },
  ja: { unsaved: 'まだ保存されていません' },
};
