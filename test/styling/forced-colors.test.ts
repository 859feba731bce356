import { expect } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/watch-availability/define.js';
import '../../src/watchlist-button/define.js';
import { elementRules } from '../helpers/styles.js';

// In forced-colors mode a pressed button paints itself Highlight with HighlightText, outside the
// browser's palette (forced-color-adjust: none), so its focus ring would be HighlightText too: the
// color of the page's Canvas in many contrast themes. The ring must be CanvasText. The test browser
// cannot switch forced colors on, so the rule the browser parsed is read.

/** The element's `@media (forced-colors: active)` blocks (a card has its badges' too), as the browser serialises them. */
function forcedColors(tag: string): string {
  return elementRules(tag)
    .filter(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    )
    .map((block) => block.cssText)
    .join('\n');
}

describe('forced colors', () => {
  // A card draws its watchlist button and its availability block's notify button in its own shadow
  // root, with their rules.
  for (const tag of ['watchlist-button', 'film-card', 'watch-availability'])
    it(`<${tag}> draws a pressed, focused button's ring in CanvasText`, () => {
      expect(forcedColors(tag)).to.match(
        /\[aria-pressed="true"\]:focus-visible \{[^}]*outline-color: canvastext/i,
      );
    });

  // A card draws the availability block in its own shadow root, with the block's rules.
  for (const tag of ['watch-availability', 'film-card'])
    it(`<${tag}> paints a pressed Notify me in Highlight, over the block's own accent tints`, () => {
      // Its tints are more specific than the shared pressed rule, and would win in forced colors
      // too: white text on a faint tint, or a button drawn white on white.
      expect(forcedColors(tag)).to.match(
        /\.availability-notify\[aria-pressed="true"\] \{[^}]*background: highlight;[^}]*border-color: highlighttext/i,
      );
    });

  it("<film-card> draws the trailer's triangle in LinkText, which forced colors keep", () => {
    expect(forcedColors('film-card')).to.match(
      /\[part~="trailer"\]::before \{[^}]*forced-color-adjust: none;[^}]*background: linktext/i,
    );
  });
});
