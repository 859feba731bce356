import type { Catalog } from '../i18n/translate.js';
import type { OfferKind } from '../data/film.js';

export type AvailabilityMessage =
  | OfferKind
  | 'title'
  | 'titleIn'
  | 'empty'
  | 'emptyIn'
  | 'notify'
  | 'notified'
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
    notify: 'Add to watchlist to be notified when it’s available',
    notified: 'In your watchlist: we’ll show it here when it streams',
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
    notify: 'Añadir a mi lista para recibir un aviso cuando esté disponible',
    notified: 'En tu lista: la mostraremos aquí cuando esté en streaming',
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
    notify: 'Ajouter à ma liste pour être prévenu quand il sera disponible',
    notified: 'Dans votre liste\u00a0: il apparaîtra ici dès qu’il sera en streaming',
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
    notify: 'Zur Merkliste hinzufügen und benachrichtigt werden, sobald er verfügbar ist',
    notified: 'Auf deiner Merkliste: Wir zeigen ihn hier, sobald er streambar ist',
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
    notify: '보고 싶은 목록에 추가하고 볼 수 있게 되면 알림 받기',
    notified: '보고 싶은 목록에 있음: 스트리밍이 시작되면 여기에 표시됩니다',
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
    notify: 'ウォッチリストに追加して、配信開始時に通知を受け取る',
    notified: 'ウォッチリストに登録済み：配信が始まったらここに表示します',
    more: 'ほか{count}件',
    fewer: '表示を減らす',
    checked: '{date}に確認',
    source: 'データ：{name}',
  },
};
