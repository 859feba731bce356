// The frameworks guide promises that the classes of the side-effect-free entry can be registered
// under tag names of your own, for every element but <watch-offer>, which the card and
// <watch-availability> read by that name; and that a card draws its rating badges, where to watch
// and its watchlist button itself, with no element inside it. This file imports that entry alone,
// so no standard tag is defined here: each element below works under its new name only.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { FilmCard, RatingBadge, WatchAvailability, WatchlistButton } from '../../src/elements.js';
import type { OfferSelectEvent } from '../../src/elements.js';
import { holdNavigation } from '../helpers/navigation.js';
import { unique } from '../data/http.js';

const standard = ['film-card', 'rating-badge', 'watch-availability', 'watchlist-button', 'watch-offer'];
// Read before the definitions below, which must be the page's only ones.
const definedOnImport = standard.filter((tag) => customElements.get(tag));

customElements.define('studio-film-card', FilmCard);
customElements.define('studio-rating-badge', RatingBadge);
customElements.define('studio-watch-availability', WatchAvailability);
customElements.define('studio-watchlist-button', WatchlistButton);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element, name: string) => part(el, name).textContent.replace(/\s+/g, ' ').trim();

/** Custom elements in `root`'s shadow tree, at any depth: a card that draws everything itself has none. */
const customElementsIn = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.localName.includes('-') ? [element.localName] : []),
    ...(element.shadowRoot ? customElementsIn(element.shadowRoot) : []),
  ]);

describe('the element classes under tag names of your own', () => {
  it('come from an entry that defines no element, so only the new names exist here', () => {
    expect(definedOnImport).to.deep.equal([]);
    expect(customElements.get('studio-film-card')).to.equal(FilmCard);
  });

  it('draw a film in a card under its new name: rating, offers read from <watch-offer> children, watchlist button', async () => {
    const el = await fixture<FilmCard>(html`<studio-film-card
      lang="en"
      region="GB"
      film-id="tt8954732"
      film-title="Little Pyongyang"
      year="2018"
      rating="7.5"
      votes="39"
      rating-source="imdb"
    >
      <watch-offer provider="StreamFlix" kind="stream" href="https://example.com/streamflix"></watch-offer>
    </studio-film-card>`);
    await el.updateComplete;
    expect(el.shadowRoot, 'upgraded').to.not.equal(null);
    expect(text(el, 'title')).to.equal('Little Pyongyang');
    expect(part(el, 'rating-badge').getAttribute('aria-label')).to.equal(
      'Rated 7.5 out of 10 by 39 IMDb users (few ratings)',
    );
    expect(text(el, 'availability-offer')).to.equal('StreamFlix');
    expect(part(el, 'watchlist-button').getAttribute('aria-label')).to.equal(
      'Add to watchlist: Little Pyongyang',
    );
    // Styled, as under its own name: the card's rules reach what it draws.
    expect(getComputedStyle(part(el, 'watchlist-button')).display).to.equal('inline-flex');
    expect(customElementsIn(el.shadowRoot!), 'no element drawn inside it').to.deep.equal([]);
  });

  it("fire a card's watchlist-add and offer-select under its new name", async () => {
    const el =
      await fixture<FilmCard>(html`<studio-film-card lang="en" region="GB" film-id="tt1" film-title="Own">
      <watch-offer provider="StreamFlix" kind="stream" href="https://example.com/streamflix"></watch-offer>
    </studio-film-card>`);
    await el.updateComplete;
    setTimeout(() => part(el, 'watchlist-button').click());
    const added = await oneEvent(el, 'watchlist-add');
    expect(added.detail.film).to.deep.equal({ id: 'tt1', title: 'Own' });

    const navigation = holdNavigation();
    const selected = oneEvent<OfferSelectEvent>(el, 'offer-select');
    part(el, 'availability-offer').click();
    const { detail } = await selected;
    navigation.restore();
    expect([detail.filmId, detail.offer.provider, detail.offer.href]).to.deep.equal([
      'tt1',
      'StreamFlix',
      'https://example.com/streamflix',
    ]);
  });

  it('load a film from src in a card under its new name, with film-load', async () => {
    const el = await fixture<FilmCard>(
      html`<studio-film-card lang="en" loading="eager" src=${unique('/api/fixture/omdb-parasite.json')}></studio-film-card>`,
    );
    const loaded = await oneEvent(el, 'film-load');
    await el.updateComplete;
    expect(loaded.detail.film.title).to.equal('Parasite');
    expect(text(el, 'title')).to.equal('Parasite');
  });

  it('draw a rating badge under its new name', async () => {
    const el = await fixture<RatingBadge>(
      html`<studio-rating-badge value="7.5" votes="39" source="imdb"></studio-rating-badge>`,
    );
    await el.updateComplete;
    expect([text(el, 'source'), text(el, 'value'), text(el, 'scale')]).to.deep.equal(['IMDb', '7.5', '/10']);
    expect(part(el, 'badge').getAttribute('aria-label')).to.equal(
      'Rated 7.5 out of 10 by 39 IMDb users (few ratings)',
    );
  });

  it('draw <watch-availability> under its new name, from <watch-offer> children, with offer-select', async () => {
    const el = await fixture<WatchAvailability>(html`<studio-watch-availability lang="en" film-id="tt1">
      <watch-offer provider="StreamFlix" kind="stream" href="https://example.com/streamflix"></watch-offer>
      <watch-offer provider="FilmBox" kind="rent" price="3.49" currency="GBP"></watch-offer>
    </studio-watch-availability>`);
    await el.updateComplete;
    const headings = [...el.shadowRoot!.querySelectorAll('[part~="heading"]')].map((node) =>
      node.textContent.trim(),
    );
    expect(headings).to.deep.equal(['Stream', 'Rent']);
    expect(text(el, 'offer')).to.equal('StreamFlix');

    const navigation = holdNavigation();
    const selected = oneEvent<OfferSelectEvent>(el, 'offer-select');
    part(el, 'offer').click();
    const { detail } = await selected;
    navigation.restore();
    expect([detail.filmId, detail.offer.provider]).to.deep.equal(['tt1', 'StreamFlix']);
  });

  it("fire <watch-availability>'s watchlist-add from its notify button under its new name", async () => {
    const el = await fixture<WatchAvailability>(
      html`<studio-watch-availability lang="en" film-id="tt1" film-title="Own" .offers=${[]}></studio-watch-availability>`,
    );
    await el.updateComplete;
    setTimeout(() => part(el, 'notify').click());
    const added = await oneEvent(el, 'watchlist-add');
    expect(added.detail.film).to.deep.equal({ id: 'tt1', title: 'Own' });
  });

  it('draw a watchlist button under its new name, with watchlist-add and watchlist-remove', async () => {
    const el = await fixture<WatchlistButton>(
      html`<studio-watchlist-button film-id="tt1" film-title="Own"></studio-watchlist-button>`,
    );
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Add to watchlist: Own');
    setTimeout(() => button.click());
    expect((await oneEvent(el, 'watchlist-add')).detail.film).to.deep.equal({ id: 'tt1', title: 'Own' });
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => button.click());
    expect((await oneEvent(el, 'watchlist-remove')).detail.film.id).to.equal('tt1');
  });
});
