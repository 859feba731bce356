import type { Catalog } from '../i18n/translate.js';

export type RatingMessage = 'rated' | 'ratedOn' | 'ratedBy' | 'ratedBySource' | 'notRated' | 'fewVotes';

export const messages: Catalog<RatingMessage> = {
  en: {
    rated: 'Rated {value} out of {max}',
    ratedOn: 'Rated {value} out of {max} by {source}',
    'ratedBy.one': 'Rated {value} out of {max} by {votes} user',
    ratedBy: 'Rated {value} out of {max} by {votes} users',
    'ratedBySource.one': 'Rated {value} out of {max} by {votes} {source} user',
    ratedBySource: 'Rated {value} out of {max} by {votes} {source} users',
    notRated: 'Not rated yet',
    fewVotes: 'few ratings',
  },
  es: {
    rated: 'Valorada con {value} de {max}',
    ratedOn: 'Valorada con {value} de {max} por {source}',
    'ratedBy.one': 'Valorada con {value} de {max} por {votes} usuario',
    ratedBy: 'Valorada con {value} de {max} por {votes} usuarios',
    'ratedBySource.one': 'Valorada con {value} de {max} por {votes} usuario de {source}',
    ratedBySource: 'Valorada con {value} de {max} por {votes} usuarios de {source}',
    notRated: 'Aún sin valoraciones',
    fewVotes: 'pocas valoraciones',
  },
  fr: {
    rated: 'Noté {value} sur {max}',
    ratedOn: 'Noté {value} sur {max} par {source}',
    'ratedBy.one': 'Noté {value} sur {max} par {votes} utilisateur',
    ratedBy: 'Noté {value} sur {max} par {votes} utilisateurs',
    'ratedBySource.one': 'Noté {value} sur {max} par {votes} utilisateur {source}',
    ratedBySource: 'Noté {value} sur {max} par {votes} utilisateurs {source}',
    notRated: 'Pas encore noté',
    fewVotes: 'peu de notes',
  },
  de: {
    rated: 'Bewertet mit {value} von {max}',
    ratedOn: 'Bewertet mit {value} von {max} bei {source}',
    ratedBy: 'Bewertet mit {value} von {max} durch {votes} Nutzer',
    ratedBySource: 'Bewertet mit {value} von {max} durch {votes} {source}-Nutzer',
    notRated: 'Noch nicht bewertet',
    fewVotes: 'wenige Bewertungen',
  },
  ko: {
    rated: '{max}점 만점에 {value}점',
    ratedOn: '{source} 평가: {max}점 만점에 {value}점',
    ratedBy: '{votes}명의 사용자가 평가: {max}점 만점에 {value}점',
    ratedBySource: '{source} 사용자 {votes}명이 평가: {max}점 만점에 {value}점',
    notRated: '아직 평가 없음',
    fewVotes: '평가 적음',
  },
  ja: {
    rated: '{max}点中{value}点',
    ratedOn: '{source}の評価: {max}点中{value}点',
    ratedBy: '{votes}人のユーザーによる評価: {max}点中{value}点',
    ratedBySource: '{source}ユーザー{votes}人による評価: {max}点中{value}点',
    notRated: 'まだ評価がありません',
    fewVotes: '評価が少数',
  },
};
