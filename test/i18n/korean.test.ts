// Korean breaks lines between words only (word-break: keep-all), as Korean pages set it; each
// element resets the page's inherited text styles, and puts this one back for Korean.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/rating-badge/define.js';
import '../../src/watch-availability/define.js';
import '../../src/watchlist-button/define.js';

describe('Korean word breaking in the standalone elements', () => {
  const elements = {
    'rating-badge': html`<rating-badge value="8.5" votes="12" source="imdb"></rating-badge>`,
    'watch-availability': html`<watch-availability film-id="p" film-title="기생충" offers="[]" region="KR"></watch-availability>`,
    'watchlist-button': html`<watchlist-button film-id="p" film-title="기생충"></watchlist-button>`,
  };

  for (const [tag, markup] of Object.entries(elements))
    it(`breaks <${tag}>'s text between words only on a Korean page, and not on an English one`, async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div lang="ko" style="word-break: break-all">${markup}</div>`,
      );
      const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const text = [...el.shadowRoot!.querySelectorAll('*')].find((node) => node.textContent.trim())!;
      expect(getComputedStyle(text).wordBreak, 'Korean').to.equal('keep-all');
      page.lang = 'en';
      expect(getComputedStyle(text).wordBreak, 'English').to.equal('normal');
    });
});
