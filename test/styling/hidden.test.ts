// Each element sets `display` on :host, which would win over the browser's own `[hidden]` rule: a
// page without a CSS framework that forces `[hidden] { display: none !important }` (water.css, none
// at all) could not hide an element with `hidden`, or React's `hidden={true}`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/rating-badge/define.js';
import '../../src/watch-availability/define.js';
import '../../src/watchlist-button/define.js';

describe('the hidden attribute', () => {
  const elements = {
    'film-card': html`<film-card film-title="Parasite" hidden></film-card>`,
    'rating-badge': html`<rating-badge value="8.5" votes="12" source="imdb" hidden></rating-badge>`,
    'watch-availability': html`<watch-availability offers="[]" region="GB" hidden></watch-availability>`,
    'watchlist-button': html`<watchlist-button film-id="p" film-title="Parasite" hidden></watchlist-button>`,
  };

  for (const [tag, markup] of Object.entries(elements)) {
    it(`hides <${tag}>, and shows it again when removed`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(markup);
      await el.updateComplete;
      expect(getComputedStyle(el).display, 'hidden').to.equal('none');
      expect(el.getBoundingClientRect().height, 'height while hidden').to.equal(0);
      el.hidden = false;
      expect(getComputedStyle(el).display, 'shown').not.to.equal('none');
      expect(el.getBoundingClientRect().height, 'height when shown').to.be.above(0);
    });
  }
});
