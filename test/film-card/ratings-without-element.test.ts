// A card draws its rating badges itself: the `film-cards/film-card.js` entry does not define
// <rating-badge>, and a card's badges must not need it. This file imports the card alone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';

describe('<film-card> without <rating-badge> defined', () => {
  it('draws its ratings, named and styled, with no element for them', async () => {
    expect(customElements.get('rating-badge'), 'the card entry defines no badge').to.equal(undefined);
    const el = await fixture<FilmCard>(
      html`<film-card lang="en" film-title="Little Pyongyang" rating="7.5" votes="39" rating-source="imdb"></film-card>`,
    );
    await el.updateComplete;
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part~="rating-badge"]')!;
    expect(badge.getAttribute('aria-label')).to.equal('Rated 7.5 out of 10 by 39 IMDb users (few ratings)');
    const value = el.shadowRoot!.querySelector('[part~="rating-value"]')!;
    expect([value.textContent, getComputedStyle(value).fontWeight]).to.deep.equal(['7.5', '700']);
    const [stars, filled] = ['[part~="rating-stars"]', '.rating-filled'].map(
      (selector) => badge.querySelector(selector)!.getBoundingClientRect().width,
    );
    expect(filled! / stars!, 'the stars filled to three quarters').to.be.closeTo(0.75, 0.02);
  });
});
