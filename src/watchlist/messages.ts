import type { Catalog } from '../i18n/translate.js';

export type ControlMessage = 'unsaved' | 'named';

// Words every watchlist control (the button, "Notify me") shares. `unsaved` is shown while a change
// waits to be saved. `named` is a control's accessible name when the film's title is known (a
// card's trailer link takes it too): it
// starts with the visible text, so that speech-input users can say what they see ("click Add to
// watchlist") and still hit the control. Languages that write it as English does leave it out.
export const controlMessages: Catalog<ControlMessage> = {
  en: { unsaved: 'Not saved yet', named: '{label}: {title}' },
  es: { unsaved: 'Aún no guardado' },
  fr: { unsaved: 'Pas encore enregistré', named: '{label}\u00a0: {title}' },
  de: { unsaved: 'Noch nicht gespeichert' },
  ko: { unsaved: '아직 저장되지 않음' },
  ja: { unsaved: 'まだ保存されていません', named: '{label}：{title}' },
};
