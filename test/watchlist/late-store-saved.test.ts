// A click made while the saved watchlist is on its way, which storage then refuses, is said twice:
// watchlist-error when the store arrives and cannot save it, watchlist-saved once it is saved. This
// file never imports the store itself: the control loads it, as on a page. Storage refuses writes
// as a full quota does, stubbed in this page only (the real quota is filled in test/reliability).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/watchlist-button/define.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import { loadWatchlistStore } from '../../src/watchlist/load-store.js';
import { watchlistStore } from '../../src/watchlist/store-ref.js';

describe('watchlist store, arriving after a click that storage refuses', () => {
  after(() => localStorage.clear());

  it('fires watchlist-error when the store arrives, then watchlist-saved once the change is saved', async () => {
    const heard: string[] = [];
    for (const type of ['watchlist-error', 'watchlist-saved'])
      document.addEventListener(type, (event) =>
        heard.push(`${event.type} ${(event as CustomEvent).detail.film.id}`),
      );
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button watchlist="local" film-id="tt8954732" film-title="Little Pyongyang"></watchlist-button>`,
    );
    expect(watchlistStore(), 'store loaded before the click').to.equal(undefined);
    el.shadowRoot!.querySelector('button')!.click();
    const store = (await loadWatchlistStore())!;
    await waitUntil(() => heard.length > 0, 'no word on the refused change');
    await el.updateComplete;
    expect(heard).to.deep.equal(['watchlist-error tt8954732']);

    Storage.prototype.setItem = setItem;
    store.setInWatchlist({ id: 'a-later-change' }, true); // saves what waits, too
    await el.updateComplete;
    expect(heard).to.deep.equal(['watchlist-error tt8954732', 'watchlist-saved tt8954732']);
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent.trim()).to.equal('In watchlist');
  });
});
