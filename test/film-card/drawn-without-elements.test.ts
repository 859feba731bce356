// A card draws its rating badges, where to watch and its watchlist button itself: the
// `film-cards/film-card.js` entry defines none of <rating-badge>, <watch-availability> and
// <watchlist-button>, and a card must need none of them. This file imports the card alone.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

describe('<film-card> without <watchlist-button> defined', () => {
  it('draws its watchlist button, named and styled, and toggles it from the card with the film in the event', async () => {
    expect(customElements.get('watchlist-button'), 'the card entry defines no button').to.equal(undefined);
    const el = await fixture<FilmCard>(
      html`<film-card lang="en" film-id="tt8954732" film-title="Little Pyongyang" year="2018"></film-card>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="watchlist-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Add to watchlist: Little Pyongyang');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const icon = button.querySelector('[part~="watchlist-icon"]')!.getBoundingClientRect();
    expect(icon.width, 'the icon is sized by the button styles, not the SVG default').to.be.lessThan(30);
    expect(getComputedStyle(button).display).to.equal('inline-flex');

    setTimeout(() => button.click());
    const added = await oneEvent(el, 'watchlist-add');
    expect(added.target === el, 'fired by the card').to.equal(true);
    expect(added.detail.film).to.deep.equal({ id: 'tt8954732', title: 'Little Pyongyang', year: 2018 });
    await el.updateComplete;
    expect([el.inWatchlist, button.getAttribute('aria-pressed')]).to.deep.equal([true, 'true']);
    expect(button.textContent.trim()).to.equal('In watchlist');
  });
});

describe('<film-card> styles of what it draws of other elements', () => {
  const film = {
    id: 'styled',
    title: 'Styled',
    availability: [
      {
        region: 'GB',
        attribution: { name: 'JustWatch', href: 'https://www.justwatch.com/' },
        offers: [{ provider: 'Netflix', kind: 'stream', href: 'https://www.netflix.com/' }],
      },
    ],
  };

  /** Tabs through the page until `target` has focus, as a keyboard user would reach it. */
  async function tabTo(el: FilmCard, target: Element) {
    for (let i = 0; i < 20 && el.shadowRoot!.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === target, 'reached from the keyboard').to.equal(true);
  }

  it("keep their own corners and links' underline, not the card's rules for its own links and focus", async () => {
    expect(customElements.get('watch-availability'), 'the card entry defines no availability block').to.equal(
      undefined,
    );
    const el = await fixture<FilmCard>(html`<film-card lang="en" region="GB" .film=${film}></film-card>`);
    await el.updateComplete;
    const shadow = el.shadowRoot!;
    const offer = shadow.querySelector('[part~="availability-offer"]')!;
    const button = shadow.querySelector('[part~="watchlist-button"]')!;
    const source = shadow.querySelector('[part~="availability-provenance"] a')!;
    const radius = (element: Element) => getComputedStyle(element).borderRadius;
    const [offerRadius, buttonRadius] = [radius(offer), radius(button)];
    expect(
      getComputedStyle(source).textDecorationColor,
      "the source link's underline, in its text color",
    ).to.equal(getComputedStyle(source).color);
    await tabTo(el, offer);
    expect(radius(offer), 'a focused offer').to.equal(offerRadius);
    await tabTo(el, button);
    expect(radius(button), 'the focused watchlist button').to.equal(buttonRadius);
  });
});
