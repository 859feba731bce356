// The data guide promises that a lazy card "fetches `src` only when it comes within 1,500 px of the
// viewport". Two real cards over real HTTP, placed on either side of that line below the fold: the
// nearer one fetches without any scrolling, the farther one only once it is scrolled to within it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import { hits, sleep, unique } from '../data/http.js';

/** How far below the viewport's bottom edge each card's top is placed. */
const NEAR = 1300;
const FAR = 1800;

/**
 * A lazy card whose top is `below` px under the viewport's bottom edge, with the page scrolled to the
 * top. Positioned inside a tall wrapper before it is connected, so it never starts anywhere else.
 */
function cardBelowTheFold(wrapper: HTMLElement, src: string, below: number): FilmCard {
  const card = document.createElement('film-card');
  card.lang = 'en';
  card.setAttribute('src', src);
  const top = innerHeight + below - wrapper.getBoundingClientRect().top;
  card.style.cssText = `position: absolute; top: ${top}px; left: 0; width: 320px`;
  wrapper.append(card);
  return card;
}

describe('lazy loading distance, as the data guide describes it', () => {
  afterEach(() => window.scrollTo(0, 0));

  it(`fetches a lazy card ${NEAR} px below the fold at once, and one ${FAR} px below only when scrolled near`, async () => {
    window.scrollTo(0, 0);
    const wrapper = await fixture<HTMLElement>(
      html`<div style="position: relative; height: ${innerHeight + FAR + 2000}px"></div>`,
    );
    const [nearSrc, farSrc] = [
      unique('/api/fixture/omdb-parasite.json'),
      unique('/api/fixture/omdb-parasite.json'),
    ];
    const near = cardBelowTheFold(wrapper, nearSrc, NEAR);
    const far = cardBelowTheFold(wrapper, farSrc, FAR);
    expect(scrollY, 'the page is at its top').to.equal(0);
    expect(near.getBoundingClientRect().top - innerHeight, 'the near card').to.be.closeTo(NEAR, 1);
    expect(far.getBoundingClientRect().top - innerHeight, 'the far card').to.be.closeTo(FAR, 1);

    await oneEvent(near, 'film-load');
    expect((await hits(nearSrc)).count, 'the near card, without scrolling').to.equal(1);
    // Long enough for the far card to have fetched too, were it within the distance.
    await sleep(500);
    expect((await hits(farSrc)).count, 'the far card, without scrolling').to.equal(0);

    // Scrolled so that the far card is 1,400 px below the fold: inside the distance now.
    const loaded = oneEvent(far, 'film-load');
    window.scrollBy(0, FAR - 1400);
    await loaded;
    expect((await hits(farSrc)).count, 'the far card, once scrolled near').to.equal(1);
  });
});
