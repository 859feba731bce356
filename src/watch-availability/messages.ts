import type { Catalog } from '../i18n/translate.js';
import type { OfferKind } from '../data/film.js';

export type AvailabilityMessage =
  | OfferKind
  | 'title'
  | 'titleIn'
  | 'empty'
  | 'emptyIn'
  | 'notify'
  | 'more'
  | 'fewer'
  | 'checked'
  | 'source';

// Sentences take the region whole ("in {region}") because grammar differs: French and German
// inflect the preposition by country ("au Royaume-Uni", "im Vereinigten Königreich"), so they put
// the name in parentheses rather than guess.
export const messages: Catalog<AvailabilityMessage> = {
  en: {
    title: 'Where to watch',
    titleIn: 'Where to watch in {region}',
    stream: 'Stream',
    free: 'Free',
    ads: 'Free with ads',
    rent: 'Rent',
    buy: 'Buy',
    cinema: 'In cinemas',
    empty: 'Not available to stream',
    emptyIn: 'Not available to stream in {region}',
    notify: 'Notify me when it’s available',
    more: '+{count} more',
    fewer: 'Show fewer',
    checked: 'Checked on {date}',
    source: 'Data: {name}',
  },
  es: {
    title: 'Dónde verla',
    titleIn: 'Dónde verla en {region}',
    stream: 'Suscripción',
    free: 'Gratis',
    ads: 'Gratis con anuncios',
    rent: 'Alquiler',
    buy: 'Compra',
    cinema: 'En cines',
    empty: 'No disponible en streaming',
    emptyIn: 'No disponible en streaming en {region}',
    notify: 'Avísame cuando esté disponible',
    more: '+{count} más',
    fewer: 'Ver menos',
    checked: 'Comprobado el {date}',
    source: 'Datos: {name}',
  },
  fr: {
    title: 'Où regarder',
    titleIn: 'Où regarder ({region})',
    stream: 'Abonnement',
    free: 'Gratuit',
    ads: 'Gratuit avec pub',
    rent: 'Location',
    buy: 'Achat',
    cinema: 'Au cinéma',
    empty: 'Pas disponible en streaming',
    emptyIn: 'Pas disponible en streaming ({region})',
    notify: 'Me prévenir quand il sera disponible',
    'more.one': '+{count} autre',
    more: '+{count} autres',
    fewer: 'Afficher moins',
    checked: 'Vérifié le {date}',
    source: 'Données\u00a0: {name}',
  },
  de: {
    title: 'Wo ansehen',
    titleIn: 'Wo ansehen ({region})',
    stream: 'Abo',
    free: 'Kostenlos',
    ads: 'Kostenlos mit Werbung',
    rent: 'Leihen',
    buy: 'Kaufen',
    cinema: 'Im Kino',
    empty: 'Nicht im Streaming verfügbar',
    emptyIn: 'Nicht im Streaming verfügbar ({region})',
    notify: 'Benachrichtigen, sobald verfügbar',
    more: '+{count} weitere',
    fewer: 'Weniger anzeigen',
    checked: 'Geprüft am {date}',
    source: 'Daten: {name}',
  },
  ko: {
    title: '시청 가능한 곳',
    titleIn: '{region}에서 시청 가능한 곳',
    stream: '구독',
    free: '무료',
    ads: '광고 포함 무료',
    rent: '대여',
    buy: '구매',
    cinema: '극장 상영',
    empty: '스트리밍으로 볼 수 없음',
    emptyIn: '{region}에서 스트리밍으로 볼 수 없음',
    notify: '볼 수 있게 되면 알림 받기',
    more: '+{count}개 더 보기',
    fewer: '간략히 보기',
    checked: '{date} 확인',
    source: '데이터: {name}',
  },
  ja: {
    title: '視聴方法',
    titleIn: '{region}での視聴方法',
    stream: '見放題',
    free: '無料',
    ads: '広告付き無料',
    rent: 'レンタル',
    buy: '購入',
    cinema: '劇場公開中',
    empty: '配信はありません',
    emptyIn: '{region}では配信されていません',
    notify: '配信が始まったら通知する',
    more: 'ほか{count}件',
    fewer: '表示を減らす',
    checked: '{date}に確認',
    source: 'データ: {name}',
  },
};
