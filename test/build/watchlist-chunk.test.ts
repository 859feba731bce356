// The drop-in bundle (dist/, built by `npm run build`) leaves the saved watchlist out of its entry
// file: only a page with watchlist="local" fetches it, next to the entry, as the bundle's other
// chunks. The bundle is served from a deep path, as a CDN serves it (test/bundle/routes.mjs).
import { expect } from '@open-wc/testing';
import { BASE, bundleFiles, openDropInPage, seedCard, withoutHash } from '../bundle/drop-in-page.js';

const KEY = 'film-cards:watchlist';

type PageWindow = Window & typeof globalThis & { pageErrors: string[]; warnings: string[]; events: string[] };
type Updatable = HTMLElement & { updateComplete: Promise<unknown>; inWatchlist: boolean };

// Runs before the bundle: errors, warnings and the watchlist events that reach the document.
const recorder = `
  window.pageErrors = []; window.warnings = []; window.events = [];
  addEventListener('error', (event) => pageErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
  console.warn = (...args) => warnings.push(args.join(' '));
  for (const type of ['watchlist-add', 'watchlist-remove', 'watchlist-error'])
    document.addEventListener(type, (event) => events.push(type + ' ' + event.detail.film.id + (event.detail.kind ? ' ' + event.detail.kind : '')));`;

const localButton = `<watchlist-button watchlist="local" film-id="tt8954732" film-title="Little Pyongyang" year="2018"></watchlist-button>`;

const openPage = (body: string, entry?: string) =>
  openDropInPage<PageWindow>(body, { recorder, entry, defined: 'watchlist-button' });

/** The bundle's files the page fetched, by path without the content hash. */
const fetched = (win: Window) => bundleFiles(win).map(withoutHash);

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

const storedIds = () =>
  (JSON.parse(localStorage.getItem(KEY) ?? 'null')?.films ?? []).map((film: { id: string }) => film.id);

describe('drop-in bundle: the saved watchlist on demand', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.clear();
  });

  it('leaves the saved watchlist out of the entry file, and a seed card page fetches only the entry', async () => {
    const entry = await (await fetch(`${BASE}film-cards.js`)).text();
    expect(entry.includes(KEY), 'the entry holds the storage key').to.equal(false);
    const win = await openPage(seedCard);
    const card = win.document.querySelector('film-card') as Updatable;
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched(win)).to.deep.equal([`${BASE}film-cards`]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('fetches it next to the entry with watchlist="local", and saves a click made at once', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, films: [{ id: 'saved-before' }] }));
    const win = await openPage(localButton);
    const el = win.document.querySelector('watchlist-button') as Updatable;
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    await until(() => storedIds().length === 2);
    expect(storedIds()).to.deep.equal(['saved-before', 'tt8954732']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent.trim()).to.equal('In watchlist');
    expect(win.events).to.deep.equal(['watchlist-add tt8954732']);
    expect(fetched(win)).to.deep.equal([`${BASE}film-cards`, `${BASE}film-cards-local-store`]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('saves a click on a local card made before the saved watchlist arrives', async () => {
    const win = await openPage(seedCard.replace('<film-card ', '<film-card watchlist="local" '));
    const card = win.document.querySelector('film-card') as Updatable;
    await card.updateComplete;
    // The card draws its watchlist button in its own shadow root.
    const button = card.shadowRoot!.querySelector<HTMLElement>('[part~="watchlist-button"]')!;
    button.click();
    await until(() => storedIds().length === 1);
    expect(storedIds()).to.deep.equal(['little-pyongyang-2018']);
    await card.updateComplete;
    expect(card.inWatchlist).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(win.events).to.deep.equal(['watchlist-add little-pyongyang-2018']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('says so, and shows the click as not saved, when the saved watchlist cannot be fetched', async () => {
    // The entry alone, copied where its chunks are not.
    const entry = await (await fetch(`${BASE}film-cards.js`)).text();
    const url = URL.createObjectURL(new Blob([entry], { type: 'text/javascript' }));
    const win = await openPage(localButton, url);
    const el = win.document.querySelector('watchlist-button') as Updatable;
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    await until(() => win.events.length === 2);
    await el.updateComplete;
    expect(win.events).to.deep.equal(['watchlist-add tt8954732', 'watchlist-error tt8954732 unavailable']);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.textContent.trim()).to.equal('Not saved yet');
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.match(/^film-cards: could not load the saved watchlist module/);
    expect(win.pageErrors).to.deep.equal([]);
    expect(localStorage.getItem(KEY)).to.equal(null);
    URL.revokeObjectURL(url);
  });
});
