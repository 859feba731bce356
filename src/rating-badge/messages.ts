import type { Catalog } from '../i18n/translate.js';

export type RatingMessage = 'rated' | 'ratedBy' | 'ratedBySource' | 'notRated' | 'fewVotes';

export const messages: Catalog<RatingMessage> = {
  en: {
    rated: 'Rated {value} out of {max}',
    'ratedBy.one': 'Rated {value} out of {max} by {votes} user',
    ratedBy: 'Rated {value} out of {max} by {votes} users',
    'ratedBySource.one': 'Rated {value} out of {max} by {votes} {source} user',
    ratedBySource: 'Rated {value} out of {max} by {votes} {source} users',
    notRated: 'Not rated yet',
    fewVotes: 'few ratings',
  },
  es: {
    rated: 'Valorada con {value} de {max}',
    'ratedBy.one': 'Valorada con {value} de {max} por {votes} usuario',
    ratedBy: 'Valorada con {value} de {max} por {votes} usuarios',
    'ratedBySource.one': 'Valorada con {value} de {max} por {votes} usuario de {source}',
    ratedBySource: 'Valorada con {value} de {max} por {votes} usuarios de {source}',
    notRated: 'Aún sin valoraciones',
    fewVotes: 'pocas valoraciones',
  },
  fr: {
    rated: 'Noté {value} sur {max}',
    'ratedBy.one': 'Noté {value} sur {max} par {votes} utilisateur',
    ratedBy: 'Noté {value} sur {max} par {votes} utilisateurs',
    'ratedBySource.one': 'Noté {value} sur {max} par {votes} utilisateur {source}',
    ratedBySource: 'Noté {value} sur {max} par {votes} utilisateurs {source}',
    notRated: 'Pas encore noté',
    fewVotes: 'peu de notes',
  },
  de: {
    rated: 'Bewertet mit {value} von {max}',
    'ratedBy.one': 'Bewertet mit {value} von {max} von {votes} Nutzer',
    ratedBy: 'Bewertet mit {value} von {max} von {votes} Nutzern',
    'ratedBySource.one': 'Bewertet mit {value} von {max} von {votes} {source}-Nutzer',
    ratedBySource: 'Bewertet mit {value} von {max} von {votes} {source}-Nutzern',
    notRated: 'Noch nicht bewertet',
    fewVotes: 'wenige Bewertungen',
  },
  ko: {
    rated: '{max}점 만점에 {value}점',
    ratedBy: '{votes}명의 사용자가 평가: {max}점 만점에 {value}점',
    ratedBySource: '{source} 사용자 {votes}명이 평가: {max}점 만점에 {value}점',
    notRated: '아직 평가 없음',
    fewVotes: '평가 적음',
  },
  ja: {
    rated: '{max}点中{value}点',
    ratedBy: '{votes}人のユーザーによる評価: {max}点中{value}点',
    ratedBySource: '{source}ユーザー{votes}人による評価: {max}点中{value}点',
    notRated: 'まだ評価がありません',
    fewVotes: '評価が少数',
  },
};
