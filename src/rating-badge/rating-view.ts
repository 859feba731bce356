import { nothing, type TemplateResult } from 'lit';
import type { HtmlTag } from '../shared/html.js';
import type { Rating } from '../data/film.js';
import { numberFormat, perLocale } from '../format/intl.js';
import { formatScore, isPercent, plainNumbers, tenths, wholeNumbers } from '../format/rating.js';
import { englishFallback, translate } from '../i18n/translate.js';
import { messages, type RatingMessage } from './messages.js';
import { sourceName } from './sources.js';

/**
 * Below this many votes a card's badge adds a "few ratings" hint: `<rating-badge>`'s default
 * `few-votes`, which its property keeps as a literal for the manifest (a test holds the two equal).
 */
const fewVotesBelow = 100;

/** Vote counts as a badge shows them: "39", "1.2K". */
const compactNumbers = perLocale((locale) =>
  numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }),
);

/** What a badge shows, from values already checked: a score from 0 to `max`, or none ("not rated"). */
export interface RatingView {
  /** The source as given (an id such as `imdb`, or a name), at most 60 characters. */
  source: string;
  value?: number;
  max: number;
  votes?: number;
  /** Whether to add the "few ratings" hint. */
  fewVotes: boolean;
}

/** A film's rating as a badge shows it: the data layer has checked it (a score within its scale). */
export const ratingView = ({ source = '', value, scale, votes }: Rating): RatingView => ({
  source,
  value,
  max: scale,
  votes,
  fewVotes: votes !== undefined && votes < fewVotesBelow,
});

/** -0 is 0 to a reader: Intl would print "-0". */
export const unsigned = (value: number | undefined) => (value === 0 ? 0 : value);

/**
 * A rating badge: "IMDb ★★★★☆ 7.5/10 (39)", heard as one sentence ("Rated 7.5 out of 10 by 39 IMDb
 * users"). Drawn by `<rating-badge>` in its own shadow root, and by a card in its own, without an
 * element per badge: its classes carry the styles (`ratingStyles`); its parts are named by `html`:
 * as written in `<rating-badge>` (`value`), prefixed in a card (`rating-value`, see `htmlWithParts`).
 */
// The stars' fill is set through CSSOM (the `.style` property), never as a `style` attribute: a
// page whose Content-Security-Policy has no 'unsafe-inline' in style-src blocks those.
export function renderRating(view: RatingView, locale: string, html: HtmlTag): TemplateResult {
  const label = view.source ? sourceName(view.source) : '';
  const value = unsigned(view.value);
  const { max } = view;
  const t = (key: RatingMessage, params?: Record<string, string | number>) =>
    translate(messages, locale, key, params);
  const lang = englishFallback(messages, locale) ?? nothing;

  if (value === undefined) {
    return html`<span part="badge" class="rating-badge rating-unrated" role="img" aria-label=${[label, t('notRated')].filter(Boolean).join(': ')} lang=${lang}>${label ? html`<span part="source" class="rating-source">${label}</span> ` : nothing}<span part="value" class="rating-value">${t('notRated')}</span></span>`;
  }

  const percent = isPercent(view.source);
  const { score, scale } = formatScore(value, max, view.source, locale);
  const votes = unsigned(view.votes);
  // The sentence's numbers are in its own language: English ones where it is English, for an
  // English voice reads "7,5" and "12.345" as other numbers. A percentage is spoken as a score
  // out of 100: "Rated 92 out of 100", never "92% out of 100".
  const speech = lang === nothing ? locale : 'en';
  const spoken = {
    value: (percent || max > 10 ? wholeNumbers : tenths)(speech).format(value),
    max: plainNumbers(speech).format(percent ? 100 : max),
    votes: votes === undefined ? '' : plainNumbers(speech).format(votes),
    source: label,
    count: votes ?? 0,
  };
  // Without votes, the source still names the score: a card may show three badges out of 100.
  const sentence = t(
    votes === undefined ? (label ? 'ratedOn' : 'rated') : label ? 'ratedBySource' : 'ratedBy',
    spoken,
  );

  // One line: the spaces between its pieces are text, which a badge drawn without its styles (in a
  // feed reader) keeps: "IMDb ★★★★★ 7.5 /10 (39)"; a line break would be dropped (see shared/html.ts).
  // Before the score, a line break (&#10;) where a space would show: beside the score's zero-width
  // space, a line break is no space at all (CSS Text's segment break rules), and the gap is the stars'.
  return html`<span part="badge" class="rating-badge" role="img" aria-label=${view.fewVotes ? `${sentence} (${t('fewVotes')})` : sentence} lang=${lang}>${label ? html`<span part="source" class="rating-source">${label}</span> ` : nothing}<span part="stars" class="rating-stars">★★★★★<span class="rating-filled" .style=${`--fill: ${(value / max) * 100}%`}>★★★★★</span></span>&#10;<span class="rating-score"><span part="value" class="rating-value">${score}</span>${scale ? html` <span part="scale" class="rating-scale">${scale}</span>` : nothing}</span>${
    votes === undefined
      ? nothing
      : html` <span part="votes" class="rating-votes">(${compactNumbers(locale).format(votes)})</span>`
  }${view.fewVotes ? html` <span part="hint" class="rating-hint">${t('fewVotes')}</span>` : nothing}</span>`;
}
