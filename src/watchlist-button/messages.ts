import type { Catalog } from '../i18n/translate.js';

export type WatchlistMessage = 'add' | 'saved';

export const messages: Catalog<WatchlistMessage> = {
  en: {
    add: 'Add to watchlist',
    saved: 'In watchlist',
  },
  es: {
    add: 'Añadir a mi lista',
    saved: 'En mi lista',
  },
  fr: {
    add: 'Ajouter à ma liste',
    saved: 'Dans ma liste',
  },
  de: {
    add: 'Zur Merkliste hinzufügen',
    saved: 'Auf der Merkliste',
  },
  ko: {
    add: '보고 싶은 목록에 추가',
    saved: '보고 싶은 목록에 있음',
  },
  ja: {
    add: 'ウォッチリストに追加',
    saved: 'ウォッチリストに登録済み',
  },
};
