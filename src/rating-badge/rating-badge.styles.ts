import { css } from 'lit';
import { hostReset } from '../shared/styles.js';

export const styles = css`
  :host {
    --rating-badge-color: inherit;
    --rating-badge-muted-color: color-mix(in srgb, currentColor 68%, transparent);
    --rating-badge-background: transparent;
    --rating-badge-star-color: #b8860b;
    --rating-badge-star-empty-color: color-mix(in srgb, currentColor 25%, transparent);
    --rating-badge-radius: 0.375em;
    --rating-badge-padding: 0;
    --rating-badge-gap: 0.35em;
    --rating-badge-font-size: 1em;
    --rating-badge-source-weight: 700;

    ${hostReset}
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
    font-size: var(--rating-badge-font-size);
    color: var(--rating-badge-color);
  }

  /* The score, its scale and its votes ("8.5 /10 (1M)") never split: the badge does not wrap, except
     after the source, after the stars and before the hint, where a zero-width space allows it. The
     hint is one block, so it moves to the next line whole instead of leaving "few" behind. */
  [part~='badge'] {
    display: inline-block;
    white-space: nowrap;
    padding: var(--rating-badge-padding);
    border-radius: var(--rating-badge-radius);
    background: var(--rating-badge-background);
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }

  [part~='source'] {
    font-weight: var(--rating-badge-source-weight);
  }

  [part~='source']::after,
  [part~='value']::before,
  [part~='badge'] > :has(+ [part~='hint'])::after {
    content: '\\200b';
    white-space: normal;
  }

  /* A zero-width space swallows the line break beside it in the template, so the pieces get margins:
     at the end of the piece before a break, so that a wrapped line starts flush, not indented. */
  [part~='source'],
  [part~='badge'] > :has(+ [part~='hint']) {
    margin-inline-end: var(--rating-badge-gap);
  }

  [part~='stars'] + [part~='value'] {
    margin-inline-start: var(--rating-badge-gap);
  }

  [part~='stars'] {
    position: relative;
    display: inline-block;
    letter-spacing: 0.05em;
    color: var(--rating-badge-star-empty-color);
  }

  .filled {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: var(--fill, 0%);
    overflow: hidden;
    white-space: nowrap;
    color: var(--rating-badge-star-color);
  }

  [part~='value'] {
    font-weight: 700;
  }

  [part~='scale'],
  [part~='votes'],
  [part~='hint'] {
    color: var(--rating-badge-muted-color);
  }

  [part~='hint'] {
    display: inline-block;
    padding: 0 0.375em;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 8%, transparent);
    font-size: 0.75em;
    line-height: 1.6667;
    vertical-align: 0.1em;
  }

  @media (forced-colors: active) {
    .filled {
      color: CanvasText;
    }
    [part~='stars'] {
      color: GrayText;
    }
  }
`;
