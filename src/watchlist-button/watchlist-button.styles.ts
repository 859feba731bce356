import { css } from 'lit';
import { hostReset, visuallyHidden } from '../shared/styles.js';

// Colors derive from currentColor so that the button keeps the contrast of the text around it, on
// a light page or a dark one, without knowing which.
export const styles = css`
  :host {
    --watchlist-button-color: inherit;
    --watchlist-button-background: transparent;
    --watchlist-button-border: 1px solid currentColor;
    --watchlist-button-radius: 0.5em;
    --watchlist-button-padding: 0.4em 0.8em;
    --watchlist-button-font-size: 1em;
    --watchlist-button-pressed-color: inherit;
    --watchlist-button-pressed-background: color-mix(in srgb, currentColor 14%, transparent);
    --watchlist-button-focus-ring: 2px solid currentColor;

    ${hostReset}
    display: inline-block;
    max-width: 100%;
    vertical-align: middle;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: var(--watchlist-button-padding);
    border: var(--watchlist-button-border);
    border-radius: var(--watchlist-button-radius);
    background: var(--watchlist-button-background);
    color: var(--watchlist-button-color);
    max-width: 100%;
    min-height: 2.5em;
    font: inherit;
    font-size: var(--watchlist-button-font-size);
    text-align: start;
    cursor: pointer;
  }

  [aria-pressed='true'] {
    background: var(--watchlist-button-pressed-background);
    color: var(--watchlist-button-pressed-color);
  }

  button:enabled:hover {
    background-image: linear-gradient(color-mix(in srgb, currentColor 8%, transparent) 0 0);
  }

  button:focus-visible {
    outline: var(--watchlist-button-focus-ring);
    outline-offset: 2px;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  svg {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  [aria-pressed='true'] svg {
    fill: currentColor;
  }

  :host([variant='icon']) button {
    padding: 0.45em;
  }

  /* Visually hidden, still the button's name. */
  :host([variant='icon']) [part~='label'] {
    ${visuallyHidden}
  }

  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s;
    }
  }

  @media (forced-colors: active) {
    /* Forced colors paint every button alike; Highlight keeps the pressed state visible. */
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
