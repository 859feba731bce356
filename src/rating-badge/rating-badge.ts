import { LitElement, type TemplateResult } from 'lit';
import { parseCount, parseDecimal } from '../data/parse.js';
import { LocaleController } from '../i18n/locale.js';
import { warnOnce } from '../shared/warn.js';
import { renderRating, unsigned } from './rating-view.js';
import { sourceScale } from './sources.js';
import { html } from '../shared/html.js';
import { styles } from './rating-badge.styles.js';

/**
 * Reads numbers as people type them ("7.5", "7,5"). An empty attribute is no value; an unreadable
 * one becomes NaN so that rendering can warn about it once.
 */
const decimal = {
  fromAttribute: (value: string | null) =>
    value === null || value.trim() === '' ? undefined : (parseDecimal(value) ?? NaN),
};

/** Reads counts as people type them ("1,234"); an unreadable one becomes NaN, so that rendering can warn once. */
const count = {
  fromAttribute: (value: string | null) =>
    value === null || value.trim() === '' ? undefined : (parseCount(value) ?? NaN),
};

/** A value as a warning quotes it: the attribute as written, else the property, never through its own methods (a Symbol or a null-prototype object cannot be printed). */
const quote = (element: Element, name: string, value: unknown) =>
  element.getAttribute(name) ??
  (typeof value === 'number' || typeof value === 'string' ? String(value) : `a ${typeof value}`);

/**
 * @tagname rating-badge
 * @summary A film's score on its scale, with its vote count and its source: "IMDb ★★★★☆ 7.5/10 (39)".
 *
 * Screen readers hear one sentence ("Rated 7.5 out of 10 by 39 IMDb users"). Numbers follow the
 * page's language. A missing or unreadable value shows a "not rated" state, never "NaN".
 *
 * @csspart badge - The whole badge; carries the accessible name.
 * @csspart source - The source's name (IMDb, TMDB, Letterboxd, ...).
 * @csspart stars - The five-star meter, filled in proportion to the score.
 * @csspart value - The score.
 * @csspart scale - The top of the scale ("/10"); absent for percentages.
 * @csspart votes - The vote count, compact ("1.2K").
 * @csspart hint - The "few ratings" hint shown below `few-votes` votes.
 *
 * @cssprop [--rating-badge-color=inherit] - Text color.
 * @cssprop [--rating-badge-muted-color=currentColor at 68%] - Color of the scale, votes and hint.
 * @cssprop [--rating-badge-background=transparent] - Background of the badge.
 * @cssprop [--rating-badge-star-color=#b8860b] - Color of filled stars.
 * @cssprop [--rating-badge-star-empty-color=currentColor at 25%] - Color of empty stars.
 * @cssprop [--rating-badge-radius=0.375em] - Corner radius.
 * @cssprop [--rating-badge-padding=0] - Padding inside the badge.
 * @cssprop [--rating-badge-gap=0.35em] - Space between the pieces.
 * @cssprop [--rating-badge-font-size=1em] - Font size of the badge.
 * @cssprop [--rating-badge-source-weight=700] - Font weight of the source name.
 */
export class RatingBadge extends LitElement {
  static override styles = styles;

  static override properties = {
    value: { converter: decimal },
    max: { converter: decimal },
    votes: { converter: count },
    source: {},
    fewVotes: { attribute: 'few-votes', type: Number },
  };

  /** The score. Accepts a decimal comma ("7,5"). Missing, empty or unreadable means "not rated". */
  value?: number;

  /** The top of the scale. Defaults to the source's own scale (5 for Letterboxd, 100 for Metacritic), else 10. */
  max?: number;

  /** How many people voted. Accepts "1,234". */
  votes?: number;

  /** Who gave the score: `imdb`, `tmdb`, `letterboxd`, `metacritic`, `rotten-tomatoes`, or any name. */
  source = '';

  /** Below this many votes the badge adds a "few ratings" hint. */
  fewVotes = 100;

  private readonly locale = new LocaleController(this);

  override render(): TemplateResult {
    const source = typeof this.source === 'string' ? this.source.trim().slice(0, 60) : '';
    const max = this.scale(source);
    const value = this.score(max);
    const votes = this.count('votes', this.votes);
    const fewVotes = votes !== undefined && votes < (this.count('few-votes', this.fewVotes) ?? 0);
    return renderRating({ source, value, max, votes, fewVotes }, this.locale.value, html);
  }

  /** A count (0 or more); undefined, with one warning when a value was given, for anything else. */
  private count(attribute: string, value: unknown): number | undefined {
    const count = unsigned(parseCount(value));
    if (count === undefined && value !== undefined && value !== null)
      warnOnce(
        this,
        `<rating-badge> ignored ${attribute}="${quote(this, attribute, value)}": it is not a count.`,
      );
    return count;
  }

  /** The top of the scale: `max` when it is a positive number, else the source's, else 10. */
  private scale(source: string): number {
    const max = parseDecimal(this.max);
    if (max !== undefined && max > 0) return max;
    if (this.max !== undefined && this.max !== null)
      warnOnce(
        this,
        `<rating-badge> ignored max="${quote(this, 'max', this.max)}": the scale must be a positive number.`,
      );
    return sourceScale(source) ?? 10;
  }

  /** The score to show, or undefined for "not rated". Values above the scale are capped at its top. */
  private score(max: number): number | undefined {
    if (this.value === undefined || this.value === null) return undefined;
    const value = unsigned(parseDecimal(this.value));
    if (value === undefined || value < 0) {
      warnOnce(
        this,
        `<rating-badge> shows "not rated": value="${quote(this, 'value', this.value)}" is not a score from 0 to ${max}.`,
      );
      return undefined;
    }
    if (value > max) {
      warnOnce(this, `<rating-badge> capped value ${value} at the top of its scale, ${max}.`);
      return max;
    }
    return value;
  }
}
