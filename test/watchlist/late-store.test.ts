// A click made while the saved watchlist is on its way waits for it, and is saved when the store
// reaches the page, whichever way it comes: here the page imports it for its own use before the
// control's own load ends. A later click is saved at once: it is the reader's latest, and nothing
// that waited may overwrite it when that load ends.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/watchlist-button/define.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import { loadWatchlistStore } from '../../src/watchlist/load-store.js';
import { provideWatchlistStore, watchlistStore, type WatchlistStore } from '../../src/watchlist/store-ref.js';

describe('watchlist store, arriving between two clicks', () => {
  after(() => localStorage.clear());

  it("saves the click that waited as the store arrives, and keeps the reader's last change", async () => {
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
    // Saved as the store arrives, whichever way it came: not at the control's next update.
    expect(writes, 'saved on arrival').to.deep.equal([['tt6751668', true]]);
    button.click();
    // The control's own load ends: its module is in, and a task has passed for what follows it.
    await import('../../src/watchlist/local-store.js');
    await loadWatchlistStore();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    // The control's own load, ending later, saves nothing more: the last click stands.
    expect(writes).to.deep.equal([
      ['tt6751668', true],
      ['tt6751668', false],
    ]);
    expect(el.inWatchlist).to.equal(false);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });
});
