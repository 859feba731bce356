// The styling guide and the README promise that the elements follow `prefers-reduced-motion`: the
// card's loading skeleton stops pulsing and the offers' hover transitions are off, in
// <watch-availability> and in a card. Each test first reads the motion without the preference, so
// that it proves the preference, not a missing style, is what stops it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { Film, Offer } from '../../src/data/film.js';
import '../../src/watch-availability/define.js';
import type { WatchAvailability } from '../../src/watch-availability/watch-availability.js';
import { unique } from '../data/http.js';

/** Six offers of one kind, none with a logo: a group past the card's four, with its "+2 more" button. */
const offers: Offer[] = [
  'Netflix',
  'MUBI',
  'BFI Player',
  'Curzon Home Cinema',
  'Prime Video',
  'Apple TV',
].map((provider, i) => ({ provider, kind: 'stream', href: `https://example.com/${i}` }));
const film: Film = { id: 'motion', title: 'Motion', availability: [{ region: 'GB', offers }] };

const isZero = (duration: string) => duration.split(',').every((part) => parseFloat(part) === 0);

/**
 * Whatever moves in `root` and the shadow roots inside it, named by part: elements with a
 * transition or an animation that takes time.
 */
function moving(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    const animated = style.animationName !== 'none' && !isZero(style.animationDuration);
    if (animated || !isZero(style.transitionDuration))
      found.push(element.getAttribute('part') ?? element.localName);
    if (element.shadowRoot) found.push(...moving(element.shadowRoot));
  }
  return found;
}

/** Runs `check` with the reader asking for reduced motion, and puts the preference back after. */
async function withReducedMotion(check: () => void | Promise<void>) {
  await emulateMedia({ reducedMotion: 'reduce' });
  try {
    await check();
  } finally {
    await emulateMedia({ reducedMotion: 'no-preference' });
  }
}

describe('prefers-reduced-motion, as the styling guide describes it', () => {
  it("stops the card's loading skeleton pulsing, which pulses without the preference", async () => {
    // A slow answer keeps the card on its skeleton for the whole test.
    const src = unique('/api/fixture/omdb-parasite.json?delay=5000');
    const el = await fixture<FilmCard>(html`<film-card lang="en" loading="eager" src=${src}></film-card>`);
    const card = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="card"]')!);
    await waitUntil(() => card().animationName !== 'none', 'the skeleton never pulsed', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('aria-busy'), 'a skeleton').to.equal(
      'true',
    );
    expect(isZero(card().animationDuration), 'a pulse that takes time').to.equal(false);
    expect(card().animationIterationCount).to.equal('infinite');

    await withReducedMotion(() => {
      expect(card().animationName).to.equal('none');
      expect(moving(el.shadowRoot!), 'nothing else in the skeleton moves').to.deep.equal([]);
    });
    expect(card().animationName, 'pulsing again once the preference is gone').not.to.equal('none');
  });

  it("turns off <watch-availability>'s hover transitions on its offers and buttons", async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" film-id="motion" .offers=${offers}></watch-availability>`,
    );
    const offer = el.shadowRoot!.querySelector('[part~="offer"]')!;
    const more = el.shadowRoot!.querySelector('[part~="more"]')!;
    expect(isZero(getComputedStyle(offer).transitionDuration), 'an offer, without the preference').to.equal(
      false,
    );
    expect(isZero(getComputedStyle(more).transitionDuration), '"+N more", without the preference').to.equal(
      false,
    );

    await withReducedMotion(() => {
      expect(getComputedStyle(offer).transitionDuration).to.match(/^0s(, 0s)*$/);
      expect(getComputedStyle(more).transitionDuration).to.match(/^0s(, 0s)*$/);
      expect(moving(el.shadowRoot!), 'nothing else moves').to.deep.equal([]);
    });
  });

  it("turns off a card's hover transitions, on its offers and everything else it draws", async () => {
    const el = await fixture<FilmCard>(html`<film-card lang="en" region="GB" .film=${film}></film-card>`);
    await el.updateComplete;
    const before = moving(el.shadowRoot!);
    // The offers, the card's "+2 more" and its watchlist button all have a hover transition.
    expect(before.filter((part) => part.includes('availability-offer')).length, 'offers that move').to.equal(
      4,
    );
    expect(
      before.some((part) => part.includes('availability-more')),
      '"+2 more" moves',
    ).to.equal(true);
    expect(
      before.some((part) => part.includes('watchlist-button')),
      'the watchlist button moves',
    ).to.equal(true);

    await withReducedMotion(() => {
      expect(moving(el.shadowRoot!)).to.deep.equal([]);
    });
    expect(moving(el.shadowRoot!), 'the transitions return with the preference gone').to.deep.equal(before);
  });
});
