// Events leave the card: what a host page listening outside <film-card> receives when a reader
// acts inside the card's shadow root.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { OfferSelectEvent } from '../../src/watch-availability/watch-availability.js';
import { holdNavigation } from '../helpers/navigation.js';

const film = {
  id: 'tt8954732',
  title: 'Little Pyongyang',
  year: 2018,
  offers: [{ provider: 'StreamFlix', kind: 'stream', href: 'https://streamflix.example/little-pyongyang' }],
};

/** A card in a wrapper, rendered, and the offer link its availability block draws in its shadow root. */
async function mountCard() {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><film-card lang="en" .film=${film}></film-card></div>`,
  );
  const card = wrapper.querySelector('film-card')!;
  await card.updateComplete;
  const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="availability-offer"]');
  expect(link === null, 'the offer link').to.equal(false);
  return { wrapper, card, link: link! };
}

describe('events leaving <film-card>', () => {
  it('offer-select reaches a listener outside the card (bubbles, composed, cancelable), from the card, with the offer and film id', async () => {
    const { wrapper, card, link } = await mountCard();
    const navigation = holdNavigation();
    const event = oneEvent<OfferSelectEvent>(wrapper, 'offer-select');
    link.click();
    const received = await event;
    navigation.restore();
    expect([received.bubbles, received.composed, received.cancelable]).to.deep.equal([true, true, true]);
    expect(received.target === card, 'seen from outside, the event comes from the card').to.equal(true);
    expect(received.detail.filmId).to.equal('tt8954732');
    expect(received.detail.offer).to.include({ provider: 'StreamFlix', kind: 'stream' });
    expect(navigation.prevented).to.deep.equal([false], 'the browser follows the link');
  });

  it('a listener outside the card that cancels offer-select keeps the browser from following the link', async () => {
    const { link } = await mountCard();
    const routed: string[] = [];
    const route = (event: OfferSelectEvent) => {
      event.preventDefault();
      routed.push(event.detail.offer.href ?? '');
    };
    document.addEventListener('offer-select', route);
    const navigation = holdNavigation();
    link.click();
    navigation.restore();
    document.removeEventListener('offer-select', route);
    expect(routed).to.deep.equal(['https://streamflix.example/little-pyongyang']);
    expect(navigation.prevented).to.deep.equal([true], 'the browser does not follow the link');
  });
});
