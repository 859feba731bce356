import { css } from 'lit';

/**
 * Declarations that hide text from sight but not from screen readers. The text keeps its place, so
 * that a touch screen reader finds it where it is read; each element is positioned to hold it (see
 * the card's frame).
 */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/**
 * Shadow DOM stops the page's selectors, not inheritance. Every inherited text property that would
 * bend an element's layout to its surroundings (a centred app root, an italic quote, a `nowrap`
 * wrapper, letter-spaced headings, a vertical page) is put back to its initial value on `:host`.
 * The font family and the direction still come from the page; color and color-scheme are set by
 * each element. What is the page's state rather than a text style passes through: `visibility` (a
 * hidden drawer hides its cards) and `cursor` (a clickable tile keeps its pointer).
 */
export const hostReset = css`
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  font-stretch: normal;
  font-size-adjust: none;
  font-kerning: auto;
  font-feature-settings: normal;
  font-variation-settings: normal;
  text-align: start;
  text-align-last: auto;
  text-indent: 0;
  text-transform: none;
  text-shadow: none;
  text-emphasis: none;
  text-wrap: wrap;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  word-break: normal;
  overflow-wrap: normal;
  line-break: auto;
  hyphens: manual;
  tab-size: 8;
  writing-mode: horizontal-tb;
  text-orientation: mixed;
  text-underline-position: auto;
  text-decoration-skip-ink: auto;
  list-style: disc;
  quotes: auto;
  -webkit-text-fill-color: currentColor;
`;

/**
 * Korean breaks lines between words only, as Korean pages set it: the reset above would undo
 * theirs. Text in another language inside takes the reset back. A long word still wraps rather
 * than overflow where the element sets `overflow-wrap`. Included after an element's own rules.
 */
export const koreanWordBreak = css`
  :host(:lang(ko)),
  :lang(ko) {
    word-break: keep-all;
  }

  [lang]:not(:lang(ko)) {
    word-break: normal;
  }
`;

/**
 * `hidden` hides the element (React's `hidden={true}` too): the `display` each element sets on
 * `:host` would otherwise win over the browser's own `[hidden]` rule.
 */
export const hiddenHost = css`
  :host([hidden]) {
    display: none;
  }
`;

/**
 * A pressed toggle in forced-colors mode (inside `@media (forced-colors: active)`): the browser
 * paints every button alike, so Highlight keeps the pressed state visible, and the focus ring,
 * drawn on the page's Canvas where HighlightText may not show, is CanvasText.
 */
export const pressedInForcedColors = css`
  [aria-pressed='true'] {
    forced-color-adjust: none;
    background: Highlight;
    color: HighlightText;
  }
  [aria-pressed='true']:focus-visible {
    outline-color: CanvasText;
  }
`;
