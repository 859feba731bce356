import { css } from 'lit';

// Colors derive from currentColor, so the element takes on the text color around it, on a light
// page or in a dark card alike: no fixed color here can fail contrast against the host's background.
export const styles = css`
  :host {
    --watch-availability-color: inherit;
    --watch-availability-muted-color: color-mix(in srgb, currentColor 72%, transparent);
    --watch-availability-offer-background: color-mix(in srgb, currentColor 6%, transparent);
    --watch-availability-border-color: color-mix(in srgb, currentColor 30%, transparent);
    --watch-availability-radius: 0.5em;
    --watch-availability-gap: 0.5em;
    --watch-availability-logo-size: 2em;
    --watch-availability-font-size: 1em;

    display: block;
    color: var(--watch-availability-color);
    font-size: var(--watch-availability-font-size);
    line-height: 1.3;
  }

  [part~='title'] {
    font-weight: 700;
  }

  [part~='heading'],
  [part~='quality'],
  [part~='provenance'] {
    color: var(--watch-availability-muted-color);
    font-size: 0.85em;
  }

  [part~='heading'] {
    margin-block: var(--watch-availability-gap) 0.3em;
  }

  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--watch-availability-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='offer'],
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0.25em 0.65em;
    border: 1px solid var(--watch-availability-border-color);
    border-radius: var(--watch-availability-radius);
    background: var(--watch-availability-offer-background);
    color: inherit;
    font: inherit;
    text-decoration: none;
    transition: background-color 0.15s;
  }

  [part~='offer']:has(img) {
    padding-inline-start: 0.25em;
  }

  a:hover,
  button:hover,
  [aria-pressed='true'] {
    background: color-mix(in srgb, currentColor 16%, transparent);
  }

  :focus-visible {
    outline: 2px solid;
    outline-offset: 2px;
  }

  [part~='logo'] {
    inline-size: var(--watch-availability-logo-size);
    block-size: var(--watch-availability-logo-size);
    border-radius: 0.3em;
    object-fit: contain;
  }

  [part~='quality'] {
    font-size: 0.75em;
  }

  [part~='price'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  button {
    margin-block-start: var(--watch-availability-gap);
    cursor: pointer;
  }

  [aria-pressed='true']::before {
    content: '✓' / '';
  }

  [part~='provenance'] {
    margin: var(--watch-availability-gap) 0 0;
  }

  [part~='provenance'] a {
    color: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    [part~='offer'],
    button {
      border-color: ButtonText;
    }
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
