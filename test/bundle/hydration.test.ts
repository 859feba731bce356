// Server-rendered cards (renderFilmCard(), declarative shadow DOM) on a page with the drop-in bundle
// (dist/film-cards.js, built by `npm run build`) and nothing else: the bundle adopts them where
// they stand, and only when a card comes near the viewport or the reader touches it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundleFiles, kinds, openDropInPage } from './drop-in-page.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };
type PageWindow = Window &
  typeof globalThis & { pageErrors: string[]; changes: string[]; shifts: number[]; heights: number[] };

/** The HTML renderFilmCard() returns for a film of test/ssr/films/, rendered by the test server. */
async function serverCard(film: string, params: Record<string, string> = {}) {
  const response = await fetch(`/ssr/html?${new URLSearchParams({ film, ...params })}`);
  if (!response.ok) throw new Error(await response.text());
  return response.text();
}

// Runs before the bundle: errors, layout shifts, and every node removed or text changed in the cards.
const recorder = `
  window.pageErrors = [];
  addEventListener('error', (event) => pageErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { pageErrors.push(level + ': ' + args.join(' ')); original.apply(console, args); };
  }
  window.shifts = [];
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push(entry.value)))
    .observe({ type: 'layout-shift', buffered: true });
  window.changes = [];
  const rootsOf = (node) => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...rootsOf(el.shadowRoot)] : []));
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) changes.push('removed ' + node.nodeName + ' from ' + record.target.nodeName);
      if (record.type === 'characterData') changes.push('text "' + record.oldValue + '" became "' + record.target.data + '"');
    }
  });
  for (const root of [...document.querySelectorAll('film-card'), ...rootsOf(document.body)])
    observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  window.heights = [...document.querySelectorAll('film-card')].map((card) => card.getBoundingClientRect().height);`;

/** A blog page: one server-rendered card on the first screen, one far below, and the bundle. */
async function openPage(): Promise<PageWindow> {
  const [top, below] = await Promise.all([
    serverCard('little-pyongyang', { case: 'bundle-top', region: 'GB', 'json-ld': '1' }),
    serverCard('little-pyongyang', { case: 'bundle-below', region: 'GB' }),
  ]);
  return openDropInPage<PageWindow>(
    `<h1>Films I watched</h1>
    <div id="top">${top}</div>
    <p style="height: 5000px">A long article.</p>
    <div id="below">${below}</div>`,
    { recorder, entry: '/dist/film-cards.js' },
  );
}

const cardIn = (win: Window, id: string) => win.document.querySelector(`#${id} film-card`) as Updatable;

/** Waits until the card has hydrated (its first update done), and fails if it never does. */
async function hydrated(card: Updatable) {
  for (let i = 0; i < 100 && !card.hasUpdated; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(card.hasUpdated, 'hydrated').to.equal(true);
  await card.updateComplete;
}

/** The watchlist button the card draws in its own shadow root. */
const watchlistButton = (card: Element) =>
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="watchlist-button"]')!;

describe('drop-in bundle with server-rendered cards', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('hydrates a card on the first screen in place: same nodes, no fetch, no shift, no error', async () => {
    const win = await openPage();
    const card = cardIn(win, 'top');
    const title = card.shadowRoot!.querySelector('[part~="title"]');
    await hydrated(card);
    expect(card.hasAttribute('defer-hydration')).to.equal(false);
    expect(card.shadowRoot!.querySelector('[part~="title"]')).to.equal(title);
    expect(win.changes).to.deep.equal([]);
    expect(card.getBoundingClientRect().height).to.be.closeTo(win.heights[0]!, 0.5);
    expect(win.shifts).to.deep.equal([]);
    const requests = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect(
      requests.filter((entry) => ['fetch', 'xmlhttprequest'].includes(entry.initiatorType)),
    ).to.deep.equal([]);
    // The JSON-LD the server wrote is kept, not written a second time.
    expect(card.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(win.pageErrors.filter((message) => !message.includes('Lit is in dev mode'))).to.deep.equal([]);
  });

  it("draws a card afresh, with one warning and no error, when its server HTML is another version's", async () => {
    const win = await openPage();
    // HTML written by another version of the library: Lit marks each template with a digest of
    // its strings, and the templates inside this card's no longer match the bundle's.
    const html = (await serverCard('little-pyongyang', { case: 'bundle-skew', region: 'GB' })).replace(
      /<!--lit-part [^-]+-->/g,
      (marker, index: number) => (index === 0 ? marker : '<!--lit-part AAAAAAAAAAA=-->'),
    );
    const host = win.document.createElement('div');
    host.setHTMLUnsafe(html);
    win.document.body.prepend(host);
    const card = host.querySelector('film-card') as Updatable;
    await hydrated(card);
    expect(card.shadowRoot!.querySelectorAll('[part~="title"]').length, 'one title').to.equal(1);
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim()).to.equal(
      'Little Pyongyang',
    );
    expect(
      getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).borderTopStyle,
      'styled',
    ).to.equal('solid');
    const button = watchlistButton(card);
    button.click();
    await hydrated(card);
    expect(button.getAttribute('aria-pressed'), 'its button works').to.equal('true');
    const messages = win.pageErrors.filter((message) => !message.includes('Lit is in dev mode'));
    expect(messages).to.deep.equal([
      'warn: film-cards: <film-card> was server-rendered by another version of film-cards; it is drawn afresh.',
    ]);
  });

  it("loads Lit's hydration support and the data layer, and only them, before it defines the elements", async () => {
    const html = await serverCard('little-pyongyang', { case: 'bundle-chunks', region: 'GB' });
    const win = await openDropInPage<PageWindow & { atDefinition: string[] }>(html, {
      recorder: `customElements.whenDefined('film-card').then(() => {
        window.atDefinition = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      });`,
      entry: '/dist/film-cards.js',
    });
    const bundle = (paths: string[]) =>
      kinds(paths.filter((path) => /\/film-cards[\w-]*\.js$/.test(path))).sort();
    expect(bundle(win.atDefinition)).to.deep.equal([
      'film-cards',
      'film-cards-film-data',
      'film-cards-hydrate-page',
    ]);
    const card = win.document.querySelector('film-card') as Updatable;
    await hydrated(card);
    expect(card.hasUpdated, 'hydrated').to.equal(true);
    expect(bundle(bundleFiles(win)), 'nothing more once hydrated').to.deep.equal(bundle(win.atDefinition));
  });

  it('keeps a server-rendered card as the server drew it when the data file cannot be fetched, and says so', async () => {
    const html = await serverCard('little-pyongyang', { case: 'bundle-no-data', region: 'GB' });
    const win = await openDropInPage<PageWindow & { filmErrors: [string, string][] }>(
      `<div id="top">${html}</div>`,
      {
        recorder: `${recorder}
          window.filmErrors = [];
          addEventListener('film-error', (event) => filmErrors.push([event.detail.kind, event.detail.url]));`,
        entry: '/cdn/without-film-data/dist/film-cards.js',
      },
    );
    const card = cardIn(win, 'top');
    for (let i = 0; i < 50 && !win.filmErrors.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.filmErrors).to.deep.equal([['network', '']]);
    // Nothing of the server's card removed or rewritten: the reader still has the film.
    expect(win.changes).to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim()).to.equal(
      'Little Pyongyang',
    );
    expect(card.shadowRoot!.querySelector('[part~="error"], [aria-busy="true"]')).to.equal(null);
    // A touch does not hydrate it either: there is no film to hydrate it with.
    card.dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(card.hasUpdated, 'hydrated').to.equal(false);
    // A server-rendered card the page adds later stays as drawn too, and says so.
    const later = win.document.createElement('div');
    later.setHTMLUnsafe(await serverCard('little-pyongyang', { case: 'bundle-no-data-later', region: 'GB' }));
    win.document.body.append(later);
    const added = later.querySelector('film-card') as Updatable;
    for (let i = 0; i < 50 && win.filmErrors.length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.filmErrors).to.deep.equal([
      ['network', ''],
      ['network', ''],
    ]);
    expect(added.hasUpdated, 'hydrated').to.equal(false);
    expect(added.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim()).to.equal(
      'Little Pyongyang',
    );
    expect(added.shadowRoot!.querySelector('[part~="error"], [aria-busy="true"]')).to.equal(null);
    const said = win.pageErrors.filter((message) => !message.includes('Lit is in dev mode'));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^warn: film-cards: could not load the data module/);
  });

  it("reads a server-rendered card's film in the task that adds it, and hydrates it in the next", async () => {
    const win = await openPage();
    // Not the page's own film (its two cards show Little Pyongyang): their hydration, whenever it
    // falls, parses their own JSON, which this count must not take for this card's.
    const html = await serverCard('schema-org', { case: 'bundle-read', region: 'GB' });
    const host = win.document.createElement('div');
    host.setHTMLUnsafe(html);
    const json = host.querySelector('film-card > script')!.textContent;
    // Every JSON text the page parses from here on: the card's inline film is read by JSON.parse.
    const parsed: string[] = [];
    const parse = win.JSON.parse;
    win.JSON.parse = (text: string, ...rest) => (parsed.push(text), parse(text, ...rest));
    try {
      win.document.body.prepend(host);
      const card = host.querySelector('film-card') as Updatable;
      // The microtasks of the task that added the card, and no later task.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(parsed, 'film read in the task that added the card').to.include(json);
      expect(card.hasUpdated, 'hydrated in the task that added it').to.equal(false);
      await hydrated(card);
      expect(
        parsed.filter((text) => text === json),
        'film read once',
      ).to.have.length(1);
    } finally {
      win.JSON.parse = parse;
    }
  });

  it('shows the placeholder for a poster that failed before the card was hydrated', async () => {
    const html = await serverCard('little-pyongyang', { case: 'bundle-broken-poster', region: 'GB' });
    expect(html, 'the served poster').to.include('/test/ssr/poster.svg');
    // The bundle comes once the image has failed: its error event is over before any listener.
    const entry = URL.createObjectURL(
      new Blob(
        [
          `const img = document.querySelector('film-card').shadowRoot.querySelector('[part~="poster"] img');
          await new Promise((resolve) => (img.complete ? resolve() : img.addEventListener('error', resolve)));
          window.failedFirst = img.complete && !img.naturalWidth;
          await import('${location.origin}/dist/film-cards.js');`,
        ],
        { type: 'text/javascript' },
      ),
    );
    const win = await openDropInPage<PageWindow & { failedFirst: boolean }>(
      html.replace('/test/ssr/poster.svg', '/test/ssr/no-such-poster.svg'),
      { recorder, entry },
    );
    URL.revokeObjectURL(entry);
    expect(win.failedFirst, 'the poster failed before the bundle came').to.equal(true);
    const card = win.document.querySelector('film-card') as Updatable;
    await hydrated(card);
    // The card replaces the broken image with its placeholder once it has checked it.
    const placeholder = () =>
      card.shadowRoot!.querySelector('[part~="poster"]')!.classList.contains('placeholder');
    for (let i = 0; i < 100 && !placeholder(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(placeholder(), 'the placeholder shown').to.equal(true);
    expect(card.shadowRoot!.querySelector('[part~="poster"] img') === null, 'the broken image left').to.equal(
      true,
    );
  });

  it('leaves a card far below the first screen static until it comes near', async () => {
    const win = await openPage();
    await hydrated(cardIn(win, 'top'));
    const card = cardIn(win, 'below');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(card.hasUpdated).to.equal(false);
    expect(card.hasAttribute('defer-hydration')).to.equal(true);
    // Still the server's card, on screen as rendered.
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim()).to.equal(
      'Little Pyongyang',
    );
    card.scrollIntoView();
    await hydrated(card);
    expect(card.hasAttribute('defer-hydration')).to.equal(false);
    expect(win.changes).to.deep.equal([]);
  });

  it('adds to the watchlist on the first click of a card that was not hydrated yet', async () => {
    const win = await openPage();
    const card = cardIn(win, 'below');
    expect(card.hasUpdated).to.equal(false);
    const added = new Promise<CustomEvent>((resolve) =>
      card.addEventListener('watchlist-add', (event) => resolve(event as CustomEvent), { once: true }),
    );
    const button = watchlistButton(card);
    // A press, then the click in a later task, as a pointer delivers them.
    button.dispatchEvent(new win.PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(card.hasUpdated, 'hydrated by the press').to.equal(true);
    button.click();
    const event = await added;
    expect(event.detail.film.title).to.equal('Little Pyongyang');
    await hydrated(card);
    expect(watchlistButton(card) === button, 'the same button, hydrated in place').to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('adds to the watchlist from the keyboard on a card that was not hydrated yet', async () => {
    const win = await openPage();
    const card = cardIn(win, 'below');
    expect(card.hasUpdated).to.equal(false);
    const added = new Promise<CustomEvent>((resolve) =>
      card.addEventListener('watchlist-add', (event) => resolve(event as CustomEvent), { once: true }),
    );
    (win.frameElement as HTMLIFrameElement).focus();
    watchlistButton(card).focus();
    await sendKeys({ press: 'Enter' });
    expect((await added).detail.film.title).to.equal('Little Pyongyang');
  });
});
