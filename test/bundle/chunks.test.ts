// The drop-in bundle's chunks: one script tag still, and each page loads only what it uses. The
// bundle (dist/, built by `npm run build`) is served from a deep path, as a CDN or a self-hosted
// copy serves it (test/bundle/routes.mjs), to pages that live elsewhere: chunks have to resolve
// next to the entry file, not against the page or the site root.
import { expect } from '@open-wc/testing';
import { BASE, bundleFiles, kinds, openDropInPage, seedCard } from './drop-in-page.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
type PageWindow = Window &
  typeof globalThis & { pageErrors: string[]; atDefinition: string[]; firstTexts: string[] };

// Runs before the bundle: errors, the scripts fetched by the time <film-card> is defined, and the
// text of each card's first render.
const recorder = `
  window.pageErrors = [];
  addEventListener('error', (event) => pageErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
  const scripts = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
  customElements.whenDefined('film-card').then(() => { window.atDefinition = scripts(); });
  window.firstTexts = [];
  customElements.whenDefined('film-card').then(() => {
    for (const card of document.querySelectorAll('film-card'))
      card.updateComplete.then(() => firstTexts.push(card.shadowRoot.textContent.replace(/\\s+/g, ' ').trim()));
  });`;

const openPage = (body: string, lang = 'en') => openDropInPage<PageWindow>(body, { recorder, lang });

async function rendered(win: Window, selector = 'film-card'): Promise<string> {
  const card = win.document.querySelector(selector) as Updatable;
  for (let i = 0; i < 100 && !card.shadowRoot?.querySelector('[part~="title"]'); i++) {
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}

/**
 * `body` in a page with the entry file alone, copied where its chunks are not, so that every chunk
 * fails to load; the page records its warnings too.
 */
async function openWithoutChunks(body: string) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const entry = await (await fetch(`${BASE}film-cards.js`)).text();
  const url = URL.createObjectURL(new Blob([entry], { type: 'text/javascript' }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    ${body}
    <script>${recorder}; window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));
      window.filmErrors = []; addEventListener('film-error', (event) => filmErrors.push(event.detail));</script>
    <script type="module" src="${url}"></script></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow & {
    warnings: string[];
    filmErrors: { kind: string; url: string }[];
  };
  await win.customElements.whenDefined('film-card');
  URL.revokeObjectURL(url);
  return win;
}

/**
 * The seed card of `win` spoke French from its first render: the elements were defined once the
 * French messages were in, and nothing showed English first.
 */
async function expectFrenchFromTheFirstRender(win: PageWindow) {
  expect(await rendered(win)).to.equal('Little Pyongyang');
  expect(kinds(win.atDefinition.filter((path) => path.startsWith(BASE)))).to.deep.equal([
    'film-cards',
    'film-cards-messages-fr',
  ]);
  expect(win.firstTexts.join(' ')).to.contain('Pas disponible en streaming');
}

describe('drop-in bundle, split into chunks', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads the entry file alone for an English card written as attributes', async () => {
    const win = await openPage(seedCard);
    expect(await rendered(win)).to.equal('Little Pyongyang');
    expect(kinds(bundleFiles(win))).to.deep.equal(['film-cards']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('defines the elements a task after the entry evaluates, so that evaluating and rendering are two tasks', async () => {
    // A module that imports the entry runs right after it, in the same task.
    const win = await openPage(
      `${seedCard}<script type="module">
        import '${BASE}film-cards.js';
        window.definedAtEvaluation = customElements.get('film-card') !== undefined;
      </script>`,
    );
    expect((win as PageWindow & { definedAtEvaluation: boolean }).definedAtEvaluation).to.equal(false);
    expect(await rendered(win)).to.equal('Little Pyongyang');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('loads the data chunk next to the entry for a card with src, and shows its film', async () => {
    const win = await openPage(
      `<film-card loading="eager" src="/test/fixtures/tmdb-parasite.json"></film-card>`,
    );
    expect(await rendered(win)).to.equal('Parasite');
    const files = bundleFiles(win);
    expect(kinds(files)).to.deep.equal(['film-cards', 'film-cards-film-data']);
    for (const file of files) expect(file.startsWith(BASE), file).to.equal(true);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('loads the data chunk for inline JSON-LD, and the JSON-LD writer only with json-ld', async () => {
    const inline = await openPage(`<film-card><script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "Movie", "name": "Nosferatu", "datePublished": "1922-03-04"}
    </script></film-card>`);
    expect(await rendered(inline)).to.equal('Nosferatu');
    expect(kinds(bundleFiles(inline))).to.deep.equal(['film-cards', 'film-cards-film-data']);
    inline.frameElement!.remove();

    const writer = await openPage(seedCard.replace('<film-card ', '<film-card json-ld '));
    expect(await rendered(writer)).to.equal('Little Pyongyang');
    await (writer.document.querySelector('film-card') as Updatable).updateComplete;
    expect(kinds(bundleFiles(writer))).to.deep.equal(['film-cards', 'film-cards-json-ld-controller']);
    const script = writer.document.querySelector('film-card script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent).name).to.equal('Little Pyongyang');
  });

  // The writer changes nothing the reader sees: the card is drawn at once, and the script follows.
  it('draws a json-ld card before its JSON-LD writer arrives, and updateComplete waits for the script', async () => {
    const win = await openDropInPage<PageWindow>(seedCard.replace('<film-card ', '<film-card json-ld '), {
      recorder,
      entry: '/cdn/slow-json-ld-controller/dist/film-cards.js',
    });
    const card = win.document.querySelector('film-card') as Updatable;
    const script = () => card.querySelector('script[type="application/ld+json"]');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim(), 'drawn').to.equal(
      'Little Pyongyang',
    );
    expect(script(), 'written before the writer came').to.equal(null);
    await card.updateComplete;
    expect(JSON.parse(script()!.textContent).name).to.equal('Little Pyongyang');
    expect(win.pageErrors).to.deep.equal([]);
  });

  // Defined, a card with inline data waits for the data chunk before its first render.
  it("shows a card's fallback content while the data chunk for its inline JSON-LD is on its way, then its film", async () => {
    const win = await openDropInPage<PageWindow>(
      `<film-card><script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "Movie", "name": "Nosferatu", "datePublished": "1922-03-04"}
      </script><a href="https://example.com/nosferatu">Nosferatu (1922)</a></film-card>`,
      { recorder, entry: '/cdn/slow-film-data/dist/film-cards.js' },
    );
    const card = win.document.querySelector('film-card')!;
    const link = card.querySelector('a')!;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(card.shadowRoot?.querySelector('[part~="title"]') ?? null, 'drawn already').to.equal(null);
    expect(link.getBoundingClientRect().height, 'the fallback link, while the chunk loads').to.be.above(0);
    expect(await rendered(win)).to.equal('Nosferatu');
    expect(link.getBoundingClientRect().height, 'the fallback link, once drawn').to.equal(0);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('renders a French page in French from the first render, with the French messages alone', async () => {
    const win = await openPage(seedCard, 'fr');
    await expectFrenchFromTheFirstRender(win);
    expect(kinds(bundleFiles(win))).to.deep.equal(['film-cards', 'film-cards-messages-fr']);
    const card = win.document.querySelector('film-card') as Updatable;
    await card.updateComplete;
    // The card draws its availability block in its own shadow root.
    const availability = card.shadowRoot!.querySelector('[part~="availability"]')!;
    expect(availability.textContent).to.contain('Pas disponible en streaming');
    const badge = card.shadowRoot!.querySelector('[part~="rating-badge"]')!;
    expect(badge.getAttribute('aria-label')).to.match(/^Noté 7,5 sur 10/);
    expect(win.firstTexts.join(' ')).not.to.match(/Original language|Released/);
  });

  it('loads the messages of a language written on a card in an English page, and the card speaks it', async () => {
    const win = await openPage(seedCard.replace('<film-card ', '<film-card lang="fr" '));
    await expectFrenchFromTheFirstRender(win);
  });

  it("speaks the browser's language on a page that declares none, its messages loaded first", async () => {
    const win = await openDropInPage<PageWindow>(seedCard, {
      recorder: `Object.defineProperty(navigator, 'language', { get: () => 'fr-FR' });${recorder}`,
      lang: '',
    });
    expect(win.document.documentElement.lang).to.equal('');
    await expectFrenchFromTheFirstRender(win);
  });

  it('loads the data chunk when the page sets the film property', async () => {
    const win = await openPage('<film-card></film-card>');
    const card = win.document.querySelector('film-card') as Updatable & { film?: object };
    await card.updateComplete;
    expect(kinds(bundleFiles(win))).to.deep.equal(['film-cards']);
    card.film = { title: 'Nosferatu', year: 1922 };
    expect(await rendered(win)).to.equal('Nosferatu');
    expect(kinds(bundleFiles(win))).to.deep.equal(['film-cards', 'film-cards-film-data']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('says once, and shows a card with src that it could not load, when the data chunk cannot be fetched', async () => {
    // The data chunk is missing.
    const win = await openWithoutChunks(`${seedCard.replace('<film-card ', '<film-card id="seed" ')}
      <film-card id="remote" loading="eager" src="/test/fixtures/tmdb-parasite.json"></film-card>
      <film-card id="other" loading="eager" src="/test/fixtures/omdb-parasite.json"></film-card>`);
    expect(await rendered(win, '#seed')).to.equal('Little Pyongyang');
    const remote = win.document.querySelector('#remote') as Updatable;
    const error = () => remote.shadowRoot?.querySelector('[part~="error"]');
    for (let i = 0; i < 100 && !(error() && win.filmErrors.length === 2); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // Each card says what went wrong and offers Retry, and fires its event; the console hears it once.
    expect(error()?.textContent).to.contain('Could not connect to load this film.');
    expect(remote.shadowRoot!.querySelector('[part~="retry"]'), 'Retry').not.to.equal(null);
    expect(win.filmErrors.map(({ kind, url }) => [kind, new URL(url).pathname]).sort()).to.deep.equal([
      ['network', '/test/fixtures/omdb-parasite.json'],
      ['network', '/test/fixtures/tmdb-parasite.json'],
    ]);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.match(/^film-cards: could not load the data module/);
    expect(win.pageErrors).to.deep.equal([]);
    // Retry asks again; here the file is still missing, and the card says so again, once.
    remote.shadowRoot!.querySelector<HTMLElement>('[part~="retry"]')!.click();
    for (let i = 0; i < 100 && win.filmErrors.length < 3; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(win.filmErrors.map(({ kind }) => kind)).to.deep.equal(['network', 'network', 'network']);
    await remote.updateComplete;
    expect(error()?.textContent).to.contain('Could not connect to load this film.');
    expect(win.warnings).to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('shows a card with inline JSON or a film property it could not read, when the data chunk cannot be fetched', async () => {
    const win = await openWithoutChunks(`<film-card id="inline"><script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "Movie", "name": "Nosferatu"}</script></film-card>
      <film-card id="property"></film-card>
      <film-card id="both" film-title="Nosferatu" year="1922"><script type="application/json">{"synopsis": "A count."}</script></film-card>`);
    (win.document.querySelector('#property') as Updatable & { film: object }).film = { title: 'Sunrise' };
    const cards = ['inline', 'property', 'both'].map(
      (id) => win.document.querySelector(`#${id}`) as Updatable,
    );
    const settled = () =>
      cards.every((card) => card.shadowRoot?.querySelector('[part~="error"], [part~="title"]'));
    for (let i = 0; i < 100 && !(settled() && win.filmErrors.length === 3); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const [inline, property, both] = cards.map((card) => card.shadowRoot!);
    // Nothing to show: the card says it could not load its film, with no Retry (there is no URL to ask again).
    for (const root of [inline!, property!]) {
      expect(root.querySelector('[part~="error"]')?.textContent).to.contain(
        'Could not connect to load this film.',
      );
      expect(root.querySelector('[part~="retry"]')).to.equal(null);
    }
    // What the attributes give still shows.
    expect(both!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Nosferatu');
    expect(win.filmErrors.map(({ kind, url }) => [kind, url])).to.deep.equal([
      ['network', ''],
      ['network', ''],
      ['network', ''],
    ]);
    // Updates that follow ask for the file again, and say nothing more.
    cards[2]!.setAttribute('year', '1923');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await cards[2]!.updateComplete;
    expect(both!.querySelector('[part~="meta"]')?.textContent).to.contain('1923');
    expect(win.filmErrors).to.have.length(3);
    expect(win.warnings).to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('says once when the JSON-LD writer cannot be fetched, however often the card updates', async () => {
    // The JSON-LD writer is missing.
    const win = await openWithoutChunks(seedCard.replace('<film-card ', '<film-card id="seed" json-ld '));
    const card = win.document.querySelector('#seed') as Updatable;
    for (const year of ['2019', '2020', '2021', '2022']) {
      card.setAttribute('year', year);
      for (let i = 0; i < 50 && !card.shadowRoot?.textContent?.includes(year); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(card.shadowRoot!.textContent, 'updated').to.contain(year);
    }
    expect(await rendered(win, '#seed')).to.equal('Little Pyongyang');
    expect(win.warnings.filter((warning) => warning.includes('JSON-LD'))).to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
