import { css } from 'lit';
import { hiddenHost, hostReset, koreanWordBreak } from '../shared/styles.js';

/**
 * The badge's box, and the custom properties it reads: on `:host` in `<rating-badge>`, on each
 * badge's wrapper in a card. Each custom property is read once, here, into a private one the rules
 * below use. Its default is the fallback, never a declaration of the public property: that would
 * hide a value set on a wrapper or on :root, which only inherits. Inside a film-card the muted color
 * is the card's (--_card-muted), unless the badge's own property is set.
 */
export const ratingBox = css`
  --_badge-muted: var(--rating-badge-muted-color, var(--_card-muted, color-mix(in srgb, currentColor 68%, transparent)));
  --_badge-background: var(--rating-badge-background, transparent);
  --_badge-star: var(--rating-badge-star-color, #b8860b);
  --_badge-star-empty: var(--rating-badge-star-empty-color, color-mix(in srgb, currentColor 25%, transparent));
  --_badge-radius: var(--rating-badge-radius, 0.375em);
  --_badge-padding: var(--rating-badge-padding, 0);
  --_badge-gap: var(--rating-badge-gap, 0.35em);
  --_badge-source-weight: var(--rating-badge-source-weight, 700);

  display: inline-block;
  max-width: 100%;
  vertical-align: middle;
  font-size: var(--rating-badge-font-size, 1em);
  /* Unset, the text color inherits. */
  color: var(--rating-badge-color);
`;

/** The badge's pieces, by the classes `renderRating()` gives them: the same in an element and in a card. */
export const ratingStyles = css`
  /* The score, its scale and its votes ("8.5 /10 (1M)") never split: the badge does not wrap, except
     after the source, after the stars and before the hint, where a zero-width space allows it. The
     hint is one block, so it moves to the next line whole instead of leaving "few" behind. */
  .rating-badge {
    display: inline-block;
    white-space: nowrap;
    padding: var(--_badge-padding);
    border-radius: var(--_badge-radius);
    background: var(--_badge-background);
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }

  /* Each piece is its own bidi island: in a right-to-left page a Latin source name ("IMDb") would
     otherwise pull the numbers after it into a left-to-right run, reversing their order. A score
     and its scale are one number, written left to right in every language: "8.5 /10". */
  .rating-badge > * {
    unicode-bidi: isolate;
  }

  .rating-score {
    direction: ltr;
  }

  /* A source's name is free text: one long word breaks rather than run out of a narrow card. */
  .rating-source {
    font-weight: var(--_badge-source-weight);
    white-space: normal;
    overflow-wrap: anywhere;
  }

  .rating-source::after,
  .rating-score::before,
  .rating-badge > :has(+ .rating-hint)::after {
    content: '\\200b';
    white-space: normal;
  }

  /* The zero-width space before the score swallows the line break the template writes there, so
     the pieces get margins: at the end of the piece before a break, so that a wrapped line starts
     flush, not indented. */
  .rating-source,
  .rating-stars,
  .rating-badge > :has(+ .rating-hint) {
    margin-inline-end: var(--_badge-gap);
  }

  .rating-stars {
    position: relative;
    display: inline-block;
    letter-spacing: 0.05em;
    color: var(--_badge-star-empty);
  }

  .rating-filled {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--fill, 0%);
    overflow: hidden;
    white-space: nowrap;
    color: var(--_badge-star);
  }

  .rating-value {
    font-weight: 700;
  }

  .rating-scale,
  .rating-votes,
  .rating-hint,
  .rating-unrated .rating-value {
    color: var(--_badge-muted);
  }

  /* "Not rated yet" is a remark, not a score. */
  .rating-unrated .rating-value {
    font-weight: 400;
  }

  .rating-hint {
    display: inline-block;
    padding: 0 0.375em;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 8%, transparent);
    font-size: 0.75em;
    line-height: 1.6667;
    vertical-align: 0.1em;
  }

  @media (forced-colors: active) {
    .rating-filled {
      color: CanvasText;
    }
    .rating-stars {
      color: GrayText;
    }
  }
`;

export const styles = [
  css`
    :host {
      ${hostReset}
      ${ratingBox}
    }
  `,
  hiddenHost,
  ratingStyles,
  koreanWordBreak,
];
