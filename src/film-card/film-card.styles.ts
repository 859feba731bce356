import { css } from 'lit';
import { ratingBox, ratingStyles } from '../rating-badge/rating-badge.styles.js';
import { buttonBox, buttonStyles } from '../watchlist-button/watchlist-button.styles.js';
import { availabilityBox, availabilityStyles } from '../watch-availability/watch-availability.styles.js';
import { hiddenHost, hostReset, koreanWordBreak, visuallyHidden } from '../shared/styles.js';

// Spacing and type sit on a 4 px grid (0.25rem steps at the default 16 px): 4, 8, 12, 16, 24 px of
// space; 12/16, 14/20, 16/24, 24/28 px of type and line height.
const cardStyles = css`
  /* Each custom property is read once, here, into a private one (--_card-*) the rules below use. Its
     default is the fallback, never a declaration of the public property on :host: that would hide a
     value set on a wrapper or on :root, which only inherits. The elements inside the card read
     --_card-accent and --_card-muted as their own defaults, so they take the card's colors unless
     their own properties are set. Colors come in light and dark pairs: light-dark() picks one from
     the color scheme, which the card inherits from the page (a light page, a light card) unless the
     theme attribute forces one. */
  :host {
    --_card-background: var(--film-card-background, light-dark(#ffffff, #1c1c21));
    --_card-color: var(--film-card-color, light-dark(#18181b, #f4f4f5));
    --_card-muted: var(--film-card-muted-color, light-dark(#52525b, #b4b4bd));
    --_card-accent: var(--film-card-accent-color, light-dark(#0b57d0, #8ab4f8));
    --_card-border-color: var(--film-card-border-color, light-dark(#e4e4e7, #3f3f46));
    --_card-border-width: var(--film-card-border-width, 1px);
    --_card-radius: var(--film-card-radius, 0.75rem);
    --_card-shadow: var(
      --film-card-shadow,
      0 1px 2px light-dark(rgb(0 0 0 / 0.06), transparent),
      0 4px 12px light-dark(rgb(0 0 0 / 0.06), transparent)
    );
    --_card-padding: var(--film-card-padding, 1rem);
    --_card-gap: var(--film-card-gap, 1rem);
    --_card-font-size: var(--film-card-font-size, 1rem);
    --_card-title-size: var(--film-card-title-size, 1.5em);
    --_card-poster-width: var(--film-card-poster-width, 9rem);
    --_card-poster-radius: var(--film-card-poster-radius, 0.5rem);
    --_card-placeholder: var(--film-card-placeholder-background, light-dark(#eeeef1, #2a2a31));
    --_card-synopsis-lines: var(--film-card-synopsis-lines, 4);
    --_card-loading-height: var(--film-card-loading-height, auto);

    ${hostReset}
    /* Two tracks give the card a natural width of 40rem where the page shrink-wraps it (a flex item, a
       centred app root) and the full width of a block, while it can still shrink to any screen. */
    display: grid;
    grid-template-columns: minmax(0, 40rem) minmax(0, 1fr);
    /* One card, one piece: never split across the columns of an article, or across printed pages. */
    break-inside: avoid;
    /* Unset, the font family inherits: the page's. */
    font-family: var(--film-card-font-family);
    font-size: var(--_card-font-size);
    line-height: 1.5;
    color: var(--_card-color);
  }

  /* No color-scheme by default: the card inherits the page's. */
  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  ${hiddenHost}

  /* What the page puts in the card's slots inherits from the slot: it keeps its own colors, while
     the elements the card draws take the card's. */
  slot {
    --_card-accent: initial;
    --_card-muted: initial;
  }

  /* The footer's pieces stack under everything the card draws, across it, where its body is a grid
     (a wide or compact card). The slot itself has no box: an empty one adds no gap. */
  ::slotted([slot='footer']) {
    grid-column: 1 / -1;
  }

  /* The author's fallback content flows as written, across the card's width: not as items of the
     two tracks of :host. */
  .fallback {
    display: block;
    grid-column: 1 / -1;
  }

  * {
    box-sizing: border-box;
  }

  /* The card is the container its layout responds to. */
  [part~='card'] {
    /* Holds its visually hidden text, which a scrolling row of cards would otherwise not clip: off
       screen, it widened the page. Positioned, the card paints over a page's sticky header that
       sets no z-index, as any positioned content of the page does. */
    position: relative;
    grid-column: 1 / -1;
    container-type: inline-size;
    min-width: 0;
    padding: clamp(var(--_card-padding), 4%, calc(var(--_card-padding) * 1.5));
    border: var(--_card-border-width) solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
    box-shadow: var(--_card-shadow);
    overflow-wrap: anywhere;
  }

  .layout {
    display: grid;
    grid-template-columns: var(--_card-poster-width) minmax(0, 1fr);
    align-items: start;
    gap: var(--_card-gap) calc(var(--_card-gap) * 1.5);
  }

  /* Logical sides, so that a right-to-left page mirrors the card. */
  .compact[part~='card'] {
    padding-block: 0.5rem;
    padding-inline: 0.5rem 0.75rem;
  }

  .compact .layout {
    grid-template-columns: 3.5rem minmax(0, 1fr);
    align-items: center;
    gap: 0.75rem;
  }

  /* A list row: poster, details, and the watchlist button at the end of the row. */
  .compact [part~='body'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }

  .compact [part~='body'] > *,
  .compact .summary > * {
    grid-column: 1;
  }

  .compact [part~='body'] > [part~='actions'] {
    grid-column: 2;
    grid-row: 1 / span 3;
  }

  /* A grid tile: cards in one row stretch to the tallest, titles keep two lines, and the actions sit
     at the bottom, so posters, titles and buttons line up across the row. */
  .poster[part~='card'] {
    height: 100%;
    padding: 0.5rem 0.5rem 0.75rem;
  }

  .poster .layout {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    gap: 0.75rem;
    height: 100%;
  }

  .poster [part~='body'] {
    height: 100%;
    padding-inline: 0.25rem;
  }

  .poster [part~='title'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    min-height: 2lh;
    overflow: hidden;
  }

  .poster [part~='actions'] {
    margin-block-start: auto;
  }

  /* Narrow containers stack the poster above the details, whatever the window's width; a missing
     poster shrinks to a slim band instead of a tall grey block. */
  @container (max-width: 27.99rem) {
    .full .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_card-gap) * 0.75);
    }
    .full [part~='poster'] {
      width: min(100%, var(--_card-poster-width));
    }
    /* A missing poster becomes a small tile in the corner, beside the title. */
    .full .layout:has(> .placeholder) {
      position: relative;
    }
    .full [part~='poster'].placeholder {
      position: absolute;
      inset-block-start: 0;
      inset-inline-end: 0;
      width: 2.5rem;
      height: 2.5rem;
      aspect-ratio: auto;
    }
    .full .layout:has(> .placeholder) [part~='title'] {
      padding-inline-end: 3rem;
    }
    /* A list row on a phone: each rating on one line ("IMDb 8.5 /10 (1M)"), without its stars, which
       only repeat the score and would take a second line for each. */
    .compact [part~='rating-stars'] {
      display: none;
    }
  }

  /* Wide containers: where to watch sits beside the film's details instead of below them. The error
     has no such column: its message and Retry stay one under the other. */
  @container (min-width: 45rem) {
    /* The details span both rows of the first column; the second column stacks where to watch and
       the actions at its top, the actions' row taking what the details leave below them. */
    .full [part~='body']:not([part~='error']) {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(15rem, 20rem);
      grid-template-rows: auto 1fr;
      gap: 0.75rem 1.5rem;
      align-items: start;
    }
    /* The summary keeps the column declarations it shares with the body. */
    .full .summary {
      display: flex;
      grid-row: 1 / span 2;
    }
    .full [part~='availability'] {
      grid-column: 2;
      grid-row: 1;
      padding-block-start: 0;
      padding-inline-start: 1.5rem;
      border-block-start: 0;
      border-inline-start: 1px solid var(--_card-border-color);
    }
    /* The watchlist button goes right under the offers, where the block's own button is when the
       film streams nowhere: Tab then reads down the details, then down where to watch. */
    .full [part~='body'] > [part~='actions'] {
      grid-column: 2;
      grid-row: 2;
      padding-inline-start: calc(1.5rem + 1px);
    }
  }

  [part~='poster'] {
    aspect-ratio: 2 / 3;
    width: 100%;
    overflow: hidden;
    border-radius: var(--_card-poster-radius);
    background: var(--_card-placeholder);
  }

  [part~='poster'] img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  /* The placeholder: a quiet gradient of the card's own colors with a film-strip mark. */
  .placeholder {
    display: grid;
    place-items: center;
    background:
      linear-gradient(
        160deg,
        color-mix(in srgb, var(--_card-accent) 16%, var(--_card-placeholder)),
        var(--_card-placeholder) 70%
      );
    color: color-mix(in srgb, var(--_card-muted) 70%, transparent);
  }

  .placeholder svg {
    width: min(60%, 3rem);
    height: auto;
  }

  [part~='body'],
  .summary {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
  }

  /* The summary groups the details only where the layout needs it (beside the availability, in a wide
     container); elsewhere its children are the body's. */
  .summary {
    display: contents;
  }

  [part~='title'] {
    margin: 0;
    font-family: var(--film-card-title-font-family);
    font-size: var(--_card-title-size);
    font-weight: 700;
    line-height: 1.1667;
    letter-spacing: -0.01em;
    text-wrap: balance;
  }

  .compact [part~='title'],
  .poster [part~='title'] {
    font-size: 1em;
    line-height: 1.5;
  }

  .compact [part~='title'] {
    letter-spacing: normal;
  }

  /* The card's own links and focus ring. What it draws of the other elements (the availability
     block's links and buttons, the watchlist button) keeps the rules it has in those elements; the
     exclusions add no specificity, so the card's rules for its parts still win over these. */
  a:where(:not(.availability-link)) {
    color: inherit;
    text-decoration-color: color-mix(in srgb, var(--_card-accent) 60%, transparent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  [part~='title'] a {
    text-decoration: none;
  }

  /* A poster tile clamps its title, which clips what is drawn outside it: the ring goes inside. */
  .poster [part~='title'] a:focus-visible {
    outline-offset: -2px;
  }

  a:where(:not(.availability-link)):hover {
    color: var(--_card-accent);
    text-decoration: underline;
  }

  :focus-visible:where(:not(.availability-link, .availability-button, .watchlist-button)) {
    outline: 2px solid var(--_card-accent);
    outline-offset: 2px;
    border-radius: 2px;
  }

  [part~='original-title'],
  [part~='meta'],
  [part~='facts'] {
    margin: 0;
    color: var(--_card-muted);
    font-size: 0.875em;
    line-height: 1.4286;
  }

  /* A separator belongs to the item after it and is drawn in the gap before it. An item that starts
     a line has its separator outside the list, where the list clips it: a wrapped line neither ends
     nor starts with a dot. */
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
    overflow: hidden;
    padding: 0;
    list-style: none;
  }

  [part~='meta'] li::before {
    content: '·' / '';
    display: inline-block;
    width: 1.25rem;
    margin-inline-start: -1.25rem;
    text-align: center;
  }

  /* The age certification reads as a mark, not as one more word of the meta line. */
  [part~='certification'] {
    display: inline-block;
    padding: 0 0.3125rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.8571em;
    font-weight: 600;
    line-height: 1.3333;
    white-space: nowrap;
  }

  /* The trailer: a quiet link beside the watchlist button, as tall as the button for touch. */
  [part~='trailer'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.5rem;
    padding-inline: 0.25rem;
    color: var(--_card-accent);
    font-weight: 600;
    text-decoration: none;
  }

  [part~='trailer']::before {
    content: '';
    width: 0.625em;
    height: 0.75em;
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }

  /* The score reads at a glance: large and bold, the scale and votes quiet beside it. */
  [part~='ratings'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    max-width: 100%;
  }

  /* Each badge's box, as <rating-badge>'s host is; its pieces are styled by ratingStyles. */
  .rating {
    ${hostReset}
    ${ratingBox}
  }

  .rating .rating-value {
    font-size: 1.25em;
    line-height: 1;
  }

  .rating .rating-source {
    font-size: 0.875em;
  }

  .compact .rating,
  .poster .rating {
    font-size: 0.875em;
  }

  .compact .rating .rating-value,
  .poster .rating .rating-value {
    font-size: 1.1429em;
  }

  /* On a phone, a long label ("Original language") wraps before the values do: the column of
     labels takes at most 40 % of the card, so "May 30, 2019" stays on one line. */
  [part~='facts'] {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
  }

  [part~='facts'] dd {
    margin: 0;
    color: var(--_card-color);
  }

  /* The synopsis is the data's text, and the error may be English on a page whose language has no
     messages: each takes the direction of its own first letter, so that on a right-to-left page an
     English sentence keeps its full stop at the end and its ellipsis after the last word. */
  [part~='synopsis'],
  [part~='error'] p {
    unicode-bidi: plaintext;
  }

  [part~='synopsis'] {
    max-width: 70ch;
    margin: 0;
  }

  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_card-synopsis-lines);
    overflow: hidden;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  /* At least 24 px tall, a pointer's minimum target, without moving the text: the extra height is
     padding taken back from the margin above. */
  .link-button {
    align-self: start;
    min-height: 24px;
    margin-block-start: calc(-0.5rem - 0.125rem);
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--_card-accent);
    font-size: 0.875em;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link-button:hover {
    text-decoration-thickness: 2px;
  }

  [part~='availability'] {
    ${availabilityBox}
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_card-border-color);
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  [part~='watchlist'] {
    ${buttonBox}
    /* Read by the button as its default border, after its own --watchlist-button-border: its own
       color (the card's accent, or --watchlist-button-color) at half strength. */
    --_card-button-border-color: color-mix(in srgb, currentColor 50%, transparent);
    font-weight: 600;
  }

  /* With nothing to stream, the availability block's own button is the card's one watchlist action.
     The class is written by the template, which draws the block too: server-rendered HTML shows one
     control before any script runs. */
  .streams-nowhere [part~='watchlist'],
  .streams-nowhere > .bare[part~='actions'],
  .empty[part~='actions'] {
    display: none;
  }

  /* The error state is a body too, and takes its column; Retry keeps its own width in a row's grid too. */
  [part~='error'] {
    align-items: start;
    justify-items: start;
  }

  [part~='error'] p {
    margin: 0;
  }

  [part~='retry'] {
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_card-accent);
    border-radius: 0.5rem;
    background: transparent;
    color: var(--_card-accent);
    font-weight: 600;
  }

  [part~='retry']:hover {
    background: color-mix(in srgb, var(--_card-accent) 10%, transparent);
  }

  /* A page whose cards share a layout can reserve their loaded height while they load. */
  [aria-busy='true'][part~='card'] {
    min-height: var(--_card-loading-height);
  }

  .skeleton-line {
    height: 1rem;
    border-radius: 0.25rem;
    background: var(--_card-placeholder);
  }

  .skeleton-line.title {
    width: 60%;
    height: 1.5rem;
  }

  .skeleton-line.short {
    width: 40%;
  }

  .shimmer {
    animation: pulse 1.4s ease-in-out infinite;
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  .visually-hidden {
    ${visuallyHidden}
  }

  @media (prefers-reduced-motion: reduce) {
    .shimmer {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    [part~='card'] {
      border-color: CanvasText;
    }
    .skeleton-line,
    [part~='poster'] {
      background: GrayText;
    }
    .link-button {
      color: LinkText;
    }
    /* The trailer's triangle is a background, which forced colors would paint over. */
    [part~='trailer']::before {
      forced-color-adjust: none;
      background: LinkText;
    }
  }

  ${koreanWordBreak}
`;

/** The rules a server-rendered card writes just before where to watch: the last of its styles. */
export const stylesDrawnLater = [availabilityStyles, buttonStyles];

// The card's own rules come before those of where to watch and the watchlist button, which only
// style their own classes: a server-rendered card writes those two after its title (see ssr/), so
// that a reader on a slow network sees the title sooner. None of the card's rules may depend on
// coming after them (a test swaps the order and compares every computed style).
export const styles = [ratingStyles, cardStyles, ...stylesDrawnLater];
