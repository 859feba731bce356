import { css } from 'lit';
import { pressedInForcedColors, visuallyHidden } from '../shared/styles.js';

/**
 * The button's box, and the custom properties it reads: on `:host` in `<watchlist-button>`, on the
 * button's wrapper in a card. Each custom property is read once, here, into a private one the rules
 * below use; its default is the fallback, so that a value set on a wrapper or on :root reaches the
 * button. Inside a film-card the button takes the card's accent (--_card-accent) unless its own
 * property is set. Colors derive from currentColor so that the button keeps the contrast of the
 * text around it, on a light page or a dark one, without knowing which.
 */
export const buttonBox = css`
  --_button-color: var(--watchlist-button-color, var(--_card-accent, currentColor));
  --_button-background: var(--watchlist-button-background, transparent);
  --_button-border: var(--watchlist-button-border, 1px solid var(--_card-button-border-color, currentColor));
  --_button-radius: var(--watchlist-button-radius, 0.5em);
  --_button-padding: var(--watchlist-button-padding, 0.4em 0.8em);
  --_button-pressed-color: var(--watchlist-button-pressed-color, var(--_button-color));
  --_button-pressed-background: var(--watchlist-button-pressed-background, color-mix(in srgb, currentColor 14%, transparent));
  --_button-focus-ring: var(--watchlist-button-focus-ring, 2px solid currentColor);

  display: inline-block;
  max-width: 100%;
  vertical-align: middle;
`;

/** The button's pieces, by the classes `renderWatchlistButton()` gives them: the same in an element and in a card. */
export const buttonStyles = css`
  .watchlist-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: var(--_button-padding);
    border: var(--_button-border);
    border-radius: var(--_button-radius);
    background: var(--_button-background);
    color: var(--_button-color);
    max-width: 100%;
    min-height: 2.5em;
    font: inherit;
    font-size: var(--watchlist-button-font-size, 1em);
    text-align: start;
    cursor: pointer;
  }

  .watchlist-button[aria-pressed='true'] {
    background: var(--_button-pressed-background);
    color: var(--_button-pressed-color);
  }

  .watchlist-button:enabled:hover {
    background-image: linear-gradient(color-mix(in srgb, currentColor 8%, transparent) 0 0);
  }

  .watchlist-button:focus-visible {
    outline: var(--_button-focus-ring);
    outline-offset: 2px;
  }

  .watchlist-button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .watchlist-icon {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  [aria-pressed='true'] > .watchlist-icon {
    fill: currentColor;
  }

  /* A square, its icon in the middle; the compact row and the tile keep a column of its width. */
  .watchlist-icon-only {
    justify-content: center;
    width: 2.25em;
    min-height: 2.25em;
    padding: 0;
  }

  /* Visually hidden, still the button's name. */
  .watchlist-icon-only > .watchlist-label {
    ${visuallyHidden}
  }

  /* The "Not saved yet" live region: the button's own text already shows it, so there it is only
     announced; the icon alone has no visible text, so beside it, it shows. */
  .watchlist-status {
    ${visuallyHidden}
  }

  .watchlist-icon-only + .watchlist-status:not(:empty) {
    all: revert;
    margin-inline-start: 0.4em;
    font-size: 0.875em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .watchlist-button {
      transition: background-color 0.15s;
    }
  }

  @media (forced-colors: active) {
    ${pressedInForcedColors}
  }
`;
