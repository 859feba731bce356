// A click made while the saved watchlist is on its way waits for it. When the store reaches the page
// by another way first (the page imports it for its own use), a later click is saved at once: it is
// the reader's latest, and the one that waited must not overwrite it when the control's load ends.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/watchlist-button/define.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import { loadWatchlistStore } from '../../src/watchlist/load-store.js';
import { provideWatchlistStore, watchlistStore, type WatchlistStore } from '../../src/watchlist/store-ref.js';

describe('watchlist store, arriving between two clicks', () => {
  after(() => localStorage.clear());

  it("keeps the reader's last change, not the one that waited for the store", async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button watchlist="local" film-id="tt6751668" film-title="Parasite"></watchlist-button>`,
    );
    const button = el.shadowRoot!.querySelector('button')!;
    expect(watchlistStore(), 'store loaded before the click').to.equal(undefined);
    button.click();
    // The page's own store, on the page before the control's load ends.
    const writes: [string, boolean][] = [];
    const saved = new Map<string, boolean>();
    const store: WatchlistStore = {
      isInWatchlist: (id) => saved.get(id) ?? false,
      isUnsaved: () => false,
      unsavedReason: () => undefined,
      setInWatchlist: (film, value) => {
        writes.push([film.id, value]);
        saved.set(film.id, value);
        return true;
      },
      subscribeWatchlist: () => () => {},
    };
    provideWatchlistStore(store);
    button.click();
    await loadWatchlistStore();
    await el.updateComplete;
    expect(writes).to.deep.equal([['tt6751668', false]]);
    expect(el.inWatchlist).to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });
});
