import type { Catalog } from '../i18n/translate.js';

export type CardMessage =
  | 'loading'
  | 'error'
  | 'errorMissing'
  | 'errorSlow'
  | 'errorOffline'
  | 'retry'
  | 'more'
  | 'less'
  | 'poster'
  | 'released'
  | 'language'
  | 'directedBy'
  | 'originalTitle'
  | 'certification'
  | 'trailer';

export const messages: Catalog<CardMessage> = {
  en: {
    loading: 'Loading film…',
    error: 'Could not load this film.',
    errorMissing: 'This film could not be found.',
    errorSlow: 'This film took too long to load.',
    errorOffline: 'Could not connect to load this film.',
    retry: 'Retry',
    more: 'More',
    less: 'Less',
    poster: 'Poster for {title}',
    released: 'Released',
    language: 'Original language',
    directedBy: 'Directed by',
    originalTitle: 'Original title',
    certification: 'Certificate',
    trailer: 'Trailer',
  },
  es: {
    loading: 'Cargando película…',
    error: 'No se pudo cargar esta película.',
    errorMissing: 'No se encontró esta película.',
    errorSlow: 'Esta película tardó demasiado en cargar.',
    errorOffline: 'No se pudo conectar para cargar esta película.',
    retry: 'Reintentar',
    more: 'Más',
    less: 'Menos',
    poster: 'Póster de {title}',
    released: 'Estreno',
    language: 'Idioma original',
    directedBy: 'Dirigida por',
    originalTitle: 'Título original',
    certification: 'Clasificación',
    trailer: 'Tráiler',
  },
  fr: {
    loading: 'Chargement du film…',
    error: 'Impossible de charger ce film.',
    errorMissing: 'Ce film est introuvable.',
    errorSlow: 'Ce film a mis trop de temps à charger.',
    errorOffline: 'Impossible de se connecter pour charger ce film.',
    retry: 'Réessayer',
    more: 'Plus',
    less: 'Moins',
    poster: 'Affiche de {title}',
    released: 'Sortie',
    language: 'Langue originale',
    directedBy: 'Réalisé par',
    originalTitle: 'Titre original',
    certification: 'Classification',
    trailer: 'Bande-annonce',
  },
  de: {
    loading: 'Film wird geladen…',
    error: 'Dieser Film konnte nicht geladen werden.',
    errorMissing: 'Dieser Film wurde nicht gefunden.',
    errorSlow: 'Das Laden dieses Films hat zu lange gedauert.',
    errorOffline: 'Keine Verbindung – dieser Film konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
    more: 'Mehr',
    less: 'Weniger',
    poster: 'Plakat zu {title}',
    released: 'Erschienen',
    language: 'Originalsprache',
    directedBy: 'Regie',
    originalTitle: 'Originaltitel',
    certification: 'Altersfreigabe',
    trailer: 'Trailer',
  },
  ko: {
    loading: '영화 정보를 불러오는 중…',
    error: '이 영화를 불러오지 못했습니다.',
    errorMissing: '이 영화를 찾을 수 없습니다.',
    errorSlow: '이 영화를 불러오는 데 시간이 너무 오래 걸렸습니다.',
    errorOffline: '연결할 수 없어 이 영화를 불러오지 못했습니다.',
    retry: '다시 시도',
    more: '더 보기',
    less: '접기',
    poster: '{title} 포스터',
    released: '개봉일',
    language: '원어',
    directedBy: '감독',
    originalTitle: '원제',
    certification: '관람 등급',
    trailer: '예고편',
  },
  ja: {
    loading: '作品情報を読み込み中…',
    error: 'この作品を読み込めませんでした。',
    errorMissing: 'この作品は見つかりませんでした。',
    errorSlow: 'この作品の読み込みに時間がかかりすぎました。',
    errorOffline: '接続できず、この作品を読み込めませんでした。',
    retry: '再試行',
    more: 'もっと見る',
    less: '閉じる',
    poster: '{title}のポスター',
    released: '公開日',
    language: '原語',
    directedBy: '監督',
    originalTitle: '原題',
    certification: '年齢制限',
    trailer: '予告編',
  },
};
