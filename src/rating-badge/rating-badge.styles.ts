import { css } from 'lit';

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

    display: inline-block;
    vertical-align: middle;
    font-size: var(--rating-badge-font-size);
    color: var(--rating-badge-color);
  }

  [part~='badge'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--rating-badge-gap);
    padding: var(--rating-badge-padding);
    border-radius: var(--rating-badge-radius);
    background: var(--rating-badge-background);
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }

  [part~='source'] {
    font-weight: var(--rating-badge-source-weight);
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
    font-size: 0.85em;
    font-style: italic;
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
