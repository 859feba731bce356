// The saved watchlist when storage is full for real: this origin's localStorage is filled in the
// page until the browser throws QuotaExceededError, then freed, and the retry comes from real
// triggers (another document's write, the page being hidden, shown or left).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/watchlist-button/define.js';
import type { Film } from '../../src/data/film.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import type { WatchlistErrorEvent, WatchlistSavedEvent } from '../../src/watchlist/events.js';
import {
  clearWatchlist,
  isUnsaved,
  readWatchlist,
  setInWatchlist,
  WATCHLIST_KEY,
} from '../../src/watchlist/store.js';
import { captureWarnings } from '../helpers/console.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const storedIds = (): string[] =>
  (JSON.parse(localStorage.getItem(WATCHLIST_KEY) ?? 'null')?.films ?? []).map(
    (film: { id: string }) => film.id,
  );
const inner = (el: Element) => el.shadowRoot!.querySelector('button')!;
const label = (el: Element) => el.shadowRoot!.querySelector('[part~="label"]')!.textContent.trim();
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<Updatable>(`[part~="${name}"]`)!;

/**
 * Fills this origin's localStorage for real, down to the last few characters, until the browser
 * throws QuotaExceededError. Returns the error it threw and the function that frees the space.
 */
function fillStorage(): { error: unknown; free: () => void } {
  const keys: string[] = [];
  let error: unknown;
  for (let size = 1 << 20; size >= 1; size >>= 1) {
    for (;;) {
      try {
        localStorage.setItem(`filler-${keys.length}`, 'x'.repeat(size));
        keys.push(`filler-${keys.length}`);
      } catch (thrown) {
        error = thrown;
        break;
      }
    }
  }
  return { error, free: () => keys.splice(0).forEach((key) => localStorage.removeItem(key)) };
}

/** A same-origin document beside this one: writes from it reach this page as real `storage` events. */
async function otherTab(srcdoc = '<!doctype html><title>another tab</title>'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * Waits, up to 20 s, until `condition` holds: the other tab's write reaches this page as a
 * `storage` event whenever the browser delivers it, later on a busy machine, and the retry it
 * triggers may take a task or two more.
 */
const eventually = (condition: () => boolean, message: string) =>
  waitUntil(condition, message, { timeout: 20_000, interval: 50 });

const local = (id = 'tt6751668', lang = 'en') =>
  html`<watchlist-button lang=${lang} film-id=${id} film-title="Parasite" year="2019" watchlist="local"></watchlist-button>`;

describe('the saved watchlist with storage full', function () {
  // Filling storage takes a few hundred milliseconds, more on a busy machine.
  this.timeout(30_000);
  let storage: ReturnType<typeof fillStorage> | undefined;
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    storage?.free();
    storage = undefined;
    warnings.restore();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    clearWatchlist();
    localStorage.clear();
  });

  // Only the store saving the change says so: not the page moving the control to another film,
  // setting its state from code or dropping the change.
  for (const [what, change] of [
    ['moves the control to another film', (el: WatchlistButton) => el.setAttribute('film-id', 'another')],
    ['sets its state from code', (el: WatchlistButton) => (el.inWatchlist = false)],
    ['clears the saved watchlist, the waiting change with it', () => clearWatchlist()],
  ] as const)
    it(`fires no watchlist-saved when the page ${what} while a change waits`, async () => {
      const el = await fixture<WatchlistButton>(local());
      const saved: string[] = [];
      const heard = (event: WatchlistSavedEvent) => saved.push(event.detail.film.id);
      document.addEventListener('watchlist-saved', heard);
      storage = fillStorage();
      inner(el).click();
      await el.updateComplete;
      change(el);
      await el.updateComplete;
      storage.free();
      storage = undefined;
      setInWatchlist({ id: 'a-later-change' }, true);
      await el.updateComplete;
      document.removeEventListener('watchlist-saved', heard);
      expect(saved).to.deep.equal([]);
    });

  // Storage never held the first film: taken back out, it is as storage has it, whatever else waits.
  it('reports no unsaved change for a film put back as storage holds it while another waits', async () => {
    storage = fillStorage();
    const first = await fixture<WatchlistButton>(
      html`<watchlist-button watchlist="local" film-id="first"></watchlist-button>`,
    );
    const errors: boolean[] = [];
    first.addEventListener('watchlist-error', (event) => errors.push(event.detail.saved));
    inner(first).click(); // add: waits
    await first.updateComplete;
    expect(setInWatchlist({ id: 'second' }, true), 'another film waits too').to.equal(false);
    inner(first).click(); // remove: storage never held it
    await first.updateComplete;
    expect(errors, 'the add waited; the removal did not').to.deep.equal([true]);
    expect(label(first)).to.equal('Add to watchlist');
    expect(isUnsaved('first')).to.equal(false);
    expect(isUnsaved('second')).to.equal(true);
  });

  it('shows and announces "Not saved yet", never "In watchlist", fires watchlist-error, and keeps the film out of storage', async () => {
    const el = await fixture<WatchlistButton>(local());
    storage = fillStorage();
    expect((storage.error as DOMException).name).to.equal('QuotaExceededError');
    const errors: WatchlistErrorEvent[] = [];
    el.addEventListener('watchlist-error', (event) => errors.push(event));

    inner(el).click();
    await el.updateComplete;

    expect(label(el)).to.equal('Not saved yet');
    expect(label(el)).to.not.equal('In watchlist');
    expect(status(el).textContent.trim()).to.equal('Not saved yet');
    expect(inner(el).getAttribute('aria-label')).to.equal('Not saved yet: Parasite');
    expect(inner(el).getAttribute('aria-pressed'), 'the reader asked to add it').to.equal('true');
    expect(storedIds()).to.not.include('tt6751668');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.include({ kind: 'quota', saved: true });
    expect(errors[0]!.detail.film).to.deep.equal({ id: 'tt6751668', title: 'Parasite', year: 2019 });
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('saves the pending film when another tab writes storage, the message goes, and watchlist-saved says so', async () => {
    const el = await fixture<WatchlistButton>(local());
    const tab = await otherTab();
    const saved: WatchlistSavedEvent[] = [];
    const heard = (event: WatchlistSavedEvent) => saved.push(event);
    document.addEventListener('watchlist-saved', heard);
    storage = fillStorage();
    inner(el).click();
    await el.updateComplete;
    expect(storedIds()).to.deep.equal([]);
    expect(saved, 'nothing saved yet').to.deep.equal([]);

    storage.free();
    // The other tab writes something of its own: a real storage event, with a key not ours.
    tab.contentWindow!.localStorage.setItem('another-app', 'freed some space');
    await eventually(() => storedIds().length > 0, 'the pending film is saved after the other tab writes');
    await el.updateComplete;

    expect(storedIds()).to.deep.equal(['tt6751668']);
    expect(label(el)).to.equal('In watchlist');
    expect(status(el).textContent.trim()).to.equal('');
    // The page that showed a hint on watchlist-error hears when to take it down, once, from the button.
    expect(
      saved.map((event) => [event.target === el, event.detail.film.id, event.detail.saved]),
    ).to.deep.equal([[true, 'tt6751668', true]]);
    document.removeEventListener('watchlist-saved', heard);
  });

  for (const [trigger, fire] of [
    ['visibilitychange', () => document.dispatchEvent(new Event('visibilitychange'))],
    ['pagehide', () => window.dispatchEvent(new PageTransitionEvent('pagehide'))],
  ] as const) {
    it(`saves the pending film at the next ${trigger}, even with no element left to follow the list`, async () => {
      const el = await fixture<WatchlistButton>(local());
      storage = fillStorage();
      inner(el).click();
      await el.updateComplete;
      expect(label(el)).to.equal('Not saved yet');
      const twin = await fixture<WatchlistButton>(local());
      expect(label(twin), 'another button for the film says the same').to.equal('Not saved yet');
      twin.remove();

      storage.free();
      fire();
      await el.updateComplete;
      expect(storedIds()).to.deep.equal(['tt6751668']);
      expect(label(el)).to.equal('In watchlist');

      // And with every button gone, the page still saves what waits.
      el.remove();
      storage = fillStorage();
      expect(setInWatchlist({ id: 'from-code' }, true), 'reported as not saved').to.equal(false);
      expect(storedIds()).to.deep.equal(['tt6751668']);
      storage.free();
      fire();
      expect(storedIds()).to.deep.equal(['tt6751668', 'from-code']);
    });
  }

  it('saves the pending film with the next change, and says it in each of the six languages meanwhile', async () => {
    const languages = {
      en: 'Not saved yet',
      es: 'Aún no guardado',
      fr: 'Pas encore enregistré',
      de: 'Noch nicht gespeichert',
      ko: '아직 저장되지 않음',
      ja: 'まだ保存されていません',
    };
    const els = await Promise.all(
      Object.keys(languages).map((lang) => fixture<WatchlistButton>(local(`film-${lang}`, lang))),
    );
    storage = fillStorage();
    for (const el of els) {
      inner(el).click();
      await el.updateComplete;
    }
    expect(els.map(label)).to.deep.equal(Object.values(languages));
    expect(els.map((el) => status(el).textContent.trim())).to.deep.equal(Object.values(languages));

    storage.free();
    const next = await fixture<WatchlistButton>(local('the-next-change'));
    inner(next).click();
    await Promise.all(els.map((el) => el.updateComplete));
    expect(storedIds().sort()).to.deep.equal(
      [...Object.keys(languages).map((lang) => `film-${lang}`), 'the-next-change'].sort(),
    );
    expect(els.map(label)).to.deep.equal([
      'In watchlist',
      'En mi lista',
      'Dans ma liste',
      'Auf der Merkliste',
      '보고 싶은 목록에 있음',
      'ウォッチリストに登録済み',
    ]);
  });

  it("loses nothing across tabs: another tab's write does not drop a pending add, the two are merged", async () => {
    // The other tab runs its own copy of the library, with its own memory of the list.
    const tab = await otherTab(
      `<!doctype html><script type="module" src="/dist/film-cards.js"></script>
      <watchlist-button watchlist="local" film-id="theirs"></watchlist-button>`,
    );
    const doc = tab.contentDocument!;
    await tab.contentWindow!.customElements.whenDefined('watchlist-button');
    const theirs = doc.querySelector('watchlist-button') as Updatable;
    await theirs.updateComplete;
    const mine = await fixture<WatchlistButton>(local('mine'));

    storage = fillStorage();
    inner(mine).click();
    await mine.updateComplete;
    expect(label(mine)).to.equal('Not saved yet');
    storage.free();

    // The other tab saves its film over the list it read, which lacks ours...
    inner(theirs).click();
    await eventually(
      () => storedIds().includes('mine') && storedIds().includes('theirs'),
      'both films are stored after the other tab saves its own',
    );
    await mine.updateComplete;
    // ...and ours is merged in on the storage event that write sends here.
    expect(storedIds().sort()).to.deep.equal(['mine', 'theirs']);
    expect(label(mine)).to.equal('In watchlist');
    expect(
      readWatchlist()
        .map((film) => film.id)
        .sort(),
    ).to.deep.equal(['mine', 'theirs']);
  });

  it('a card shows "Not saved yet" on its button and its "Notify me", announces it, fires watchlist-error from the card, and catches up', async () => {
    const film: Film = {
      id: 'tt6751668',
      title: 'Parasite',
      year: 2019,
      availability: [{ region: 'GB', offers: [] }],
    };
    const card = await fixture<FilmCard>(
      html`<film-card watchlist="local" region="GB" .film=${film}></film-card>`,
    );
    // The card draws its watchlist button and its availability block in its own shadow root: the
    // button's label and the block's "Notify me" are the card's parts.
    const buttonLabel = () => part(card, 'watchlist-label').textContent.trim();
    await card.updateComplete;
    const notify = part(card, 'availability-notify');
    const errors: Event[] = [];
    document.addEventListener('watchlist-error', (event) => errors.push(event), { once: true });

    storage = fillStorage();
    notify.click();
    await card.updateComplete;

    expect(card.inWatchlist).to.equal(true);
    expect(buttonLabel()).to.equal('Not saved yet');
    expect(notify.textContent.trim()).to.equal('Not saved yet');
    // The card hides its own button where the film streams nowhere; its live region still speaks.
    const announced = card.shadowRoot!.querySelector<HTMLElement>('.availability-status')!;
    expect(announced.textContent.trim(), 'announced').to.equal('Not saved yet');
    expect(announced.checkVisibility(), 'the live region is rendered').to.equal(true);
    expect(errors).to.have.length(1);
    expect(errors[0]!.target === card, 'fired from the card').to.equal(true);
    expect(storedIds()).to.deep.equal([]);

    storage.free();
    setInWatchlist({ id: 'another-film' }, true); // the next change, from anywhere on the page
    await card.updateComplete;
    expect(storedIds()).to.deep.equal(['tt6751668', 'another-film']);
    expect(buttonLabel()).to.equal('In watchlist');
    expect(notify.textContent.trim()).to.contain('In your watchlist');
  });
});
