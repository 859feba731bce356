import { css } from 'lit';
import { visuallyHidden } from '../shared/styles.js';

export const styles = css`
  /* Colors come in light and dark pairs: light-dark() picks one from the color scheme, which
     follows the reader's preference unless the theme attribute forces it. */
  :host {
    --film-card-background: light-dark(#ffffff, #1c1c21);
    --film-card-color: light-dark(#1b1b1f, #f4f4f5);
    --film-card-muted-color: light-dark(#52525b, #b4b4bd);
    --film-card-accent-color: light-dark(#0b57d0, #8ab4f8);
    --film-card-border-color: light-dark(#d4d4d8, #3f3f46);
    --film-card-border-width: 1px;
    --film-card-radius: 0.75rem;
    --film-card-shadow: 0 1px 3px light-dark(rgb(0 0 0 / 0.12), transparent);
    --film-card-padding: 1rem;
    --film-card-gap: 1rem;
    --film-card-font-family: inherit;
    --film-card-font-size: 1rem;
    --film-card-title-font-family: inherit;
    --film-card-title-size: 1.35em;
    --film-card-poster-width: 9rem;
    --film-card-poster-radius: 0.5rem;
    --film-card-placeholder-background: light-dark(#e4e4e7, #303036);
    --film-card-synopsis-lines: 4;
    --film-card-loading-height: auto;

    display: block;
    container-type: inline-size;
    color-scheme: light dark;
    font-family: var(--film-card-font-family);
    font-size: var(--film-card-font-size);
    line-height: 1.45;
    color: var(--film-card-color);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  [part~='card'] {
    display: grid;
    grid-template-columns: var(--film-card-poster-width) minmax(0, 1fr);
    align-items: start;
    gap: var(--film-card-gap);
    padding: var(--film-card-padding);
    border: var(--film-card-border-width) solid var(--film-card-border-color);
    border-radius: var(--film-card-radius);
    background: var(--film-card-background);
    box-shadow: var(--film-card-shadow);
    overflow-wrap: anywhere;
  }

  .compact[part~='card'] {
    grid-template-columns: 3.5rem minmax(0, 1fr);
    align-items: center;
    gap: 0.75rem;
    padding: 0.6rem;
  }

  /* A list row: poster, details, and the watchlist button at the end of the row. */
  .compact [part~='body'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.15rem 0.75rem;
  }

  .compact [part~='body'] > * {
    grid-column: 1;
  }

  .compact [part~='body'] > [part~='actions'] {
    grid-column: 2;
    grid-row: 1 / span 3;
  }

  .poster[part~='card'] {
    grid-template-columns: minmax(0, 1fr);
  }

  /* Narrow containers stack the poster above the details, whatever the window's width. */
  @container (max-width: 30rem) {
    .full[part~='card'] {
      grid-template-columns: minmax(0, 1fr);
    }
    .full [part~='poster'] {
      width: min(100%, var(--film-card-poster-width));
    }
  }

  [part~='poster'] {
    position: relative;
    aspect-ratio: 2 / 3;
    width: 100%;
    overflow: hidden;
    border-radius: var(--film-card-poster-radius);
    background: var(--film-card-placeholder-background);
  }

  [part~='poster'] img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .placeholder {
    display: grid;
    place-items: center;
    color: var(--film-card-muted-color);
  }

  .placeholder svg {
    width: 40%;
    height: auto;
  }

  [part~='body'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
  }

  [part~='title'] {
    margin: 0;
    font-family: var(--film-card-title-font-family);
    font-size: var(--film-card-title-size);
    font-weight: 700;
    line-height: 1.2;
  }

  .compact [part~='title'] {
    font-size: 1.05em;
  }

  a {
    color: inherit;
    text-decoration-color: var(--film-card-accent-color);
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--film-card-accent-color);
  }

  :focus-visible {
    outline: 2px solid var(--film-card-accent-color);
    outline-offset: 2px;
    border-radius: 2px;
  }

  [part~='original-title'],
  [part~='meta'],
  [part~='facts'] {
    margin: 0;
    color: var(--film-card-muted-color);
  }

  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    padding: 0;
    list-style: none;
  }

  [part~='meta'] li + li::before {
    content: '·';
    margin-inline-end: 0.5rem;
  }

  [part~='ratings'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  [part~='facts'] {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.1rem 0.75rem;
    font-size: 0.9em;
  }

  [part~='facts'] dt {
    font-weight: 600;
  }

  [part~='facts'] dd {
    margin: 0;
  }

  [part~='synopsis'] {
    margin: 0;
  }

  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--film-card-synopsis-lines);
    overflow: hidden;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  .link-button {
    align-self: start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--film-card-accent-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  [part~='error'] {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.5rem;
  }

  [part~='retry'] {
    padding: 0.35em 0.9em;
    border: 1px solid currentColor;
    border-radius: 0.4em;
    background: transparent;
    color: inherit;
  }

  /* A page whose cards share a layout can reserve their loaded height while they load. */
  [aria-busy='true'][part~='card'] {
    min-height: var(--film-card-loading-height);
  }

  .skeleton-line {
    height: 0.9em;
    border-radius: 0.3em;
    background: var(--film-card-placeholder-background);
  }

  .skeleton-line.title {
    width: 60%;
    height: 1.4em;
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
  }
`;
