import { css } from 'lit';
import { hostReset, pressedInForcedColors, visuallyHidden } from '../shared/styles.js';

// Colors derive from currentColor, so the element takes on the text color around it, on a light
// page or in a dark card alike: no fixed color here can fail contrast against the host's background.
// Monogram tiles are the exception: white on a dark tone, 7:1 or better whatever the page.
// Space and type sit on a 4 px grid at the default size.

/**
 * The block's box, and the custom properties it reads: on `:host` in `<watch-availability>`, on the
 * block's wrapper in a card. Each custom property is read once, here, into a private one the rules
 * below use; its default is the fallback, so that a value set on a wrapper or on :root reaches the
 * block. Inside a film-card the accent and muted colors are the card's (--_card-*) unless its own
 * are set.
 */
export const availabilityBox = css`
  --_availability-muted: var(--watch-availability-muted-color, var(--_card-muted, color-mix(in srgb, currentColor 72%, transparent)));
  --_availability-accent: var(--watch-availability-accent-color, var(--_card-accent, currentColor));
  /* The notify button is a watchlist control: the watchlist button's color reaches it too. */
  --_availability-notify: var(--watch-availability-accent-color, var(--watchlist-button-color, var(--_card-accent, currentColor)));
  --_availability-offer-background: var(--watch-availability-offer-background, color-mix(in srgb, currentColor 4%, transparent));
  --_availability-border-color: var(--watch-availability-border-color, color-mix(in srgb, currentColor 18%, transparent));
  --_availability-radius: var(--watch-availability-radius, 0.5em);
  --_availability-gap: var(--watch-availability-gap, 0.5em);
  --_availability-logo-size: var(--watch-availability-logo-size, 2em);

  ${hostReset}
  display: block;
  min-width: 0;
  /* Unset, the text color inherits. */
  color: var(--watch-availability-color);
  font-size: var(--watch-availability-font-size, 1em);
  line-height: 1.5;
  overflow-wrap: anywhere;
`;

/** The block's pieces, by the classes `renderAvailability()` gives them: the same in an element and in a card. */
export const availabilityStyles = css`
  .availability-title {
    font-weight: 700;
  }

  .availability-group {
    margin-block-start: 0.75em;
  }

  .availability-heading,
  .availability-quality,
  .availability-provenance {
    color: var(--_availability-muted);
    font-size: 0.875em;
    line-height: 1.4286;
  }

  .availability-heading {
    margin-block-end: 0.25rem;
    font-weight: 600;
  }

  .availability-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_availability-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .availability-item {
    min-width: 0;
    max-width: 100%;
  }

  .availability-offer,
  .availability-button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    max-width: 100%;
    min-height: 2.5em;
    margin: 0;
    padding-block: 0.25em;
    padding-inline: 0.25em 0.75em;
    border: 1px solid var(--_availability-border-color);
    border-radius: var(--_availability-radius);
    background: var(--_availability-offer-background);
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    transition:
      background-color 0.15s,
      border-color 0.15s;
  }

  .availability-link:hover,
  .availability-button:hover {
    border-color: color-mix(in srgb, currentColor 45%, transparent);
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  .availability-link:focus-visible,
  .availability-button:focus-visible {
    outline: 2px solid var(--_availability-accent);
    outline-offset: 2px;
  }

  /* The provenance line clips the separators at its line starts, and so what is drawn outside a
     link: its ring goes inside. */
  .availability-provenance .availability-link:focus-visible {
    outline-offset: -2px;
  }

  .availability-logo,
  .availability-monogram {
    flex: none;
    inline-size: var(--_availability-logo-size);
    block-size: var(--_availability-logo-size);
    border-radius: 0.375em;
    object-fit: contain;
  }

  .availability-monogram {
    display: grid;
    place-items: center;
    background: oklch(42% 0.1 var(--hue));
    color: #fff;
    font-weight: 700;
    line-height: 1;
  }

  .availability-monogram::before {
    content: attr(data-initial) / '';
  }

  .hue-0 {
    --hue: 25;
  }
  .hue-1 {
    --hue: 70;
  }
  .hue-2 {
    --hue: 145;
  }
  .hue-3 {
    --hue: 190;
  }
  .hue-4 {
    --hue: 240;
  }
  .hue-5 {
    --hue: 285;
  }
  .hue-6 {
    --hue: 330;
  }
  .hue-7 {
    background: oklch(40% 0 0);
  }

  .availability-provider {
    font-size: 0.875em;
    font-weight: 600;
  }

  /* A tag breaks only between words ("4K" never does) and takes at most half the offer; a single
     word longer than that still breaks, rather than leave the provider's name no room. */
  .availability-quality {
    max-inline-size: 50%;
    overflow-wrap: break-word;
    padding: 0 0.25rem;
    border: 1px solid var(--_availability-border-color);
    border-radius: 0.25rem;
    font-size: 0.75em;
    line-height: 1.3333;
  }

  .availability-price {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .availability-button {
    cursor: pointer;
  }

  .availability-more {
    margin-block-start: var(--_availability-gap);
    min-height: 2em;
    padding-inline: 0.75em;
    font-size: 0.875em;
    font-weight: 600;
  }

  /* The empty state: what is true now, and the one thing a reader can do about it. */
  .availability-empty {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.75em;
  }

  /* On a narrow card the sentence wraps: the icon stays beside its first line. */
  .availability-notify {
    align-items: start;
    padding-block: 0.5em;
    padding-inline: 0.75em 1em;
    border-color: color-mix(in srgb, var(--_availability-notify) 50%, transparent);
    background: transparent;
    color: var(--_availability-notify);
    font-weight: 600;
  }

  /* "Not saved yet", announced: the button's own text already shows it. */
  .availability-status {
    ${visuallyHidden}
  }

  /* A long label wraps in even lines: its last word never sits on a line of its own ("available"). */
  .availability-notify span {
    text-wrap: balance;
  }

  .availability-notify:hover {
    border-color: var(--_availability-notify);
    background: color-mix(in srgb, var(--_availability-notify) 10%, transparent);
  }

  .availability-notify[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_availability-notify) 12%, transparent);
  }

  .availability-notify-icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block: 0.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }

  [aria-pressed='true'] > .availability-notify-icon {
    fill: currentColor;
  }

  ::slotted([slot='suggestion']) {
    margin: 0;
    color: var(--_availability-muted);
  }

  /* Separators belong to the item before them, so a wrapped line never starts with one. */
  /* As in a card's meta line, a separator is drawn in the gap before the piece after it: a piece that
     starts a line has it outside the line, where the clip hides it. */
  .availability-provenance {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    overflow: hidden;
    margin: 0.75em 0 0;
  }

  /* Text of the data, and English where the page's language has no messages, takes the direction of
     its own first letter: on a right-to-left page "Apple TV+" and "+1 more" keep their "+" where it
     is. The check date's sentence does so inside the <bdi> it is in. */
  .availability-provider,
  .availability-quality,
  .availability-more,
  .availability-provenance span {
    unicode-bidi: plaintext;
  }

  /* Placed by the page's direction: a piece's own text may run the other way (plaintext, above). */
  .availability-provenance > * {
    position: relative;
  }

  .availability-provenance > ::before {
    content: '·' / '';
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: -1.25em;
    width: 1.25em;
    text-align: center;
  }

  .availability-link {
    color: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    .availability-offer,
    .availability-button {
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .availability-offer,
    .availability-button {
      border-color: ButtonText;
    }
    ${pressedInForcedColors}
    /* Notify me's own tints are more specific than the shared rule above, and would win. */
    .availability-notify[aria-pressed='true'] {
      background: Highlight;
      border-color: HighlightText;
    }
  }
`;
