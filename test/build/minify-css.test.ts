// The build minifies the CSS of every css`` template (scripts/minify-css.mjs); the tests run the
// sources unminified. The browser parses both texts of each element's styles into the same rules,
// as it serializes them: what the minifier drops or rewrites changes nothing the browser reads.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../scripts/minify-css.mjs';
import { FilmCard } from '../../src/film-card/film-card.js';
import { RatingBadge } from '../../src/rating-badge/rating-badge.js';
import { WatchAvailability } from '../../src/watch-availability/watch-availability.js';
import { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';

/**
 * The rules a style sheet of this text holds, as the browser writes them back. A custom property
 * keeps its value as written, token by token: a space after "(" or ",", or before ")" or ",", and
 * a number's leading zero (0.5 or .5, the same number token) mean nothing where the value is used,
 * and are left out on both sides.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) =>
    rule.cssText.replace(/([(,])\s+|\s+(?=[),])/g, '$1').replace(/(^|[^\w.])0\.(\d)/g, '$1.$2'),
  );
}

const elements = { FilmCard, RatingBadge, WatchAvailability, WatchlistButton };

describe('the build’s CSS minifier', () => {
  for (const [name, element] of Object.entries(elements))
    it(`leaves every rule of ${name} as the browser reads it, in fewer characters`, () => {
      for (const style of ([element.styles] as unknown[]).flat(Infinity) as CSSResult[]) {
        const text = style.cssText;
        const minified = minifyCss(text);
        expect(rules(minified)).to.deep.equal(rules(text));
        expect(rules(text).length, 'rules read').to.be.above(0);
        expect(minified.length, 'characters').to.be.below(text.length);
      }
    });

  it('writes what the browser reads the same in fewer characters', () => {
    const written = `[part~='title'] a { margin: 0 0.75rem; color: red !important; }
      .a { width: calc( 1px + 0.5em ); transform: translate(-0.5em); }
      @media (max-width: 20rem) and (min-width: 0.5rem) { .b[data-x='1'] { opacity: 0.06; } }`;
    const minified = minifyCss(written);
    expect(rules(minified)).to.deep.equal(rules(written));
    expect(minified).to.equal(
      "[part~=title] a{margin:0 .75rem;color:red!important}.a{width:calc(1px + .5em);transform:translate(-.5em)}@media (max-width:20rem) and (min-width:.5rem){.b[data-x='1']{opacity:.06}}",
    );
  });
});
