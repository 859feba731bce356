// A page without IntersectionObserver (an old web view, a DOM made for tests): a lazy card cannot
// wait to come near the viewport, so it loads at once, and never stays a skeleton.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';

describe('a page without IntersectionObserver', () => {
  it('loads a lazy card with src at once and shows its film', async () => {
    const page = window as { IntersectionObserver?: typeof IntersectionObserver };
    const saved = page.IntersectionObserver;
    delete page.IntersectionObserver;
    try {
      const card = await fixture<FilmCard>(
        html`<film-card src="/test/fixtures/tmdb-parasite.json" region="GB"></film-card>`,
      );
      await waitUntil(() => card.shadowRoot!.querySelector('[part~="title"], [part~="error"]'), 'a state', {
        timeout: 5000,
      });
      expect(card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Parasite');
    } finally {
      page.IntersectionObserver = saved;
    }
  });
});
