// The saved watchlist (store.ts) loads on demand, when the first control with watchlist="local"
// updates. This file never imports the store itself: the controls load it, as on a page. A click
// made before it arrives must end saved, with the event and the pressed state it showed.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/watchlist-button/define.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import type { WatchlistEvent } from '../../src/watchlist/events.js';
import { loadWatchlistStore } from '../../src/watchlist/load-store.js';
import { watchlistStore } from '../../src/watchlist/store-ref.js';

const KEY = 'film-cards:watchlist';
const storedIds = () =>
  (JSON.parse(localStorage.getItem(KEY) ?? 'null')?.films ?? []).map((film: { id: string }) => film.id);
const button = (el: WatchlistButton) => el.shadowRoot!.querySelector('button')!;

describe('watchlist store, loaded on demand', () => {
  after(() => localStorage.clear());

  it('is not loaded by a control that keeps its state in memory', async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button film-id="memory-only"></watchlist-button>`,
    );
    button(el).click();
    await el.updateComplete;
    expect(el.inWatchlist).to.equal(true);
    expect(watchlistStore()).to.equal(undefined);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps a click made before the store arrives: saved, one event, pressed', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, films: [{ id: 'saved-before' }] }));
    const events: WatchlistEvent[] = [];
    document.addEventListener('watchlist-add', (event) => events.push(event));
    document.addEventListener('watchlist-remove', (event) => events.push(event));
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button watchlist="local" film-id="tt8954732" film-title="Little Pyongyang"></watchlist-button>`,
    );
    // The first update asked for the store; it is still on its way.
    expect(watchlistStore(), 'store loaded before the click').to.equal(undefined);
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');

    await loadWatchlistStore();
    await el.updateComplete;
    expect(storedIds()).to.deep.equal(['saved-before', 'tt8954732']);
    expect(el.inWatchlist).to.equal(true);
    // `pending` is the page's: the button never sets it.
    expect(el.pending).to.equal(false);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent.trim()).to.equal('In watchlist');
    expect(events.map((event) => [event.type, event.detail.film.id])).to.deep.equal([
      ['watchlist-add', 'tt8954732'],
    ]);

    // From now on the store is here, and a click saves at once.
    button(el).click();
    expect(storedIds()).to.deep.equal(['saved-before']);
  });
});
