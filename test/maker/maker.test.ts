// The card maker as an author uses it: paste a real TMDB answer, pick options, take each output
// from the page, and open it in a page of its own (served over HTTP by test/maker/routes.mjs).
// Every output must show the same card as the maker's preview: title, year and rating. The drop-in
// bundle is dist/film-cards.js, so run `npm run build` first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import MarkdownIt from 'markdown-it';
import { frameOf, placeIn } from '../helpers/layout.js';

/** TMDB's /movie/550 with credits and watch providers appended, built from real answers. */
const tmdbUrl = '/real/tmdb/movie/550?append_to_response=credits,watch/providers';
const bundle = '/dist/film-cards.js';

interface CardFacts {
  title: string;
  year: boolean;
  rating: string;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What a reader sees of a card: from its shadow root, whether a script drew it or the HTML did. */
function facts(card: Element, year: string): CardFacts {
  const root = card.shadowRoot;
  if (!root) throw new Error('the card has no shadow root');
  return {
    title: text(root.querySelector('[part~="title"]')),
    year: text(root.querySelector('[part~="meta"]')).includes(year),
    rating: text(root.querySelector('[part~="rating-value"]')),
  };
}

/** A frame on the test page's first screen, where the bundle hydrates cards at once. */
async function openFrame(url: string, width = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Serves an output as the author's site would, and opens it in a frame of its own. */
async function openOutput(kind: 'html' | 'react' | 'vue', code: string, width?: number) {
  const response = await fetch('/maker/page', { method: 'POST', body: JSON.stringify({ kind, code }) });
  const answer = (await response.json()) as { url?: string; error?: string };
  if (!answer.url) throw new Error(`the ${kind} output could not be served: ${answer.error}`);
  return openFrame(answer.url, width);
}

const cardIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('film-card')!;

/**
 * Where each piece a snippet shows before its script sits in its element, beside where the drawn
 * card puts the same piece: the poster, the title, the first fact, and the rating when asked for.
 * Throws when a piece is missing on either side.
 */
function piecesOf(waiting: Element, drawn: Element, { rating = false, title = ':scope > :is(a, b)' } = {}) {
  const root = drawn.shadowRoot!;
  const pairs: [string, Element | null, Element | null | undefined][] = [
    ['poster', waiting.querySelector(':scope > img'), root.querySelector('[part~="poster"]')],
    ['title', waiting.querySelector(title), root.querySelector('[part~="title"] > :is(a, span)')],
    ['first fact', waiting.querySelector(':scope > span > bdi'), root.querySelector('[part~="meta"] li')],
  ];
  if (rating)
    pairs.push([
      'rating',
      waiting.querySelector(':scope > span + span > bdi'),
      root.querySelector('[part~="rating-badge"]'),
    ]);
  return pairs.map(([name, early, late]) => {
    if (!early || !late) throw new Error(`no ${name} ${early ? 'drawn' : 'before the script'}`);
    return [name, placeIn(early, waiting), placeIn(late, drawn)] as const;
  });
}

describe('the card maker', function () {
  this.timeout(60_000);
  let maker: HTMLIFrameElement;
  let page: Document;
  let preview: CardFacts;
  const outputs = { snippet: '', static: '', react: '', vue: '' };
  type Output = keyof typeof outputs;
  const frames: HTMLIFrameElement[] = [];

  const field = <T extends Element>(selector: string) => {
    const element = page.querySelector<T>(selector);
    if (!element) throw new Error(`the maker has no ${selector}`);
    return element;
  };
  const set = (selector: string, value: string, type = 'input') => {
    const element = field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
    element.value = value;
    element.dispatchEvent(new Event(type, { bubbles: true }));
  };
  const output = (name: string) => field<HTMLTextAreaElement>(`[data-output="${name}"] textarea`).value;

  before(async function () {
    this.timeout(60_000);
    maker = await openFrame('/demo/maker.html', 1200);
    page = maker.contentDocument!;
    const tmdb = await (await fetch(tmdbUrl)).text();
    set('#maker-json', tmdb);
    set('#maker-variant', 'compact', 'change');
    set('#maker-region', 'GB');
    set('#maker-lang', 'en', 'change');
    set('#maker-script', bundle);
    // Ticked from the start: a blogger's watchlist button should remember.
    expect(field<HTMLInputElement>('#maker-watchlist').checked, 'watchlist ticked by default').to.equal(true);
    field<HTMLInputElement>('#maker-json-ld').click();
    // The static HTML comes from the renderer's own frame, ready a little later than the rest.
    await waitUntil(() => output('static').includes('shadowrootmode'), 'no static HTML', { timeout: 30_000 });
    const card = field('#maker-desktop film-card');
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="rating-badge"]'), 'no preview', {
      timeout: 10_000,
    });
    preview = facts(card, '1999');
    // The snippet's reserved height comes once the maker has measured the card.
    await waitUntil(() => output('snippet').includes('min-height'), 'no reserved height', {
      timeout: 10_000,
    });
    for (const name of Object.keys(outputs) as Output[]) outputs[name] = output(name);
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });
  after(() => {
    maker.remove();
    localStorage.removeItem('film-cards:watchlist');
  });

  it('reads the pasted TMDB answer and previews Fight Club (1999) at phone and desktop width', () => {
    expect(text(field('#maker-status'))).to.include('Fight Club (1999)');
    expect(preview).to.deep.equal({ title: 'Fight Club', year: true, rating: preview.rating });
    expect(preview.rating).to.match(/^\d(\.\d)?$/);
    const phone = field('#maker-phone film-card');
    expect(phone.getAttribute('variant')).to.equal('compact');
    expect(phone.getAttribute('region')).to.equal('GB');
  });

  it('gives a screen reader and the keyboard one preview to use: the phone one is a view only, and says so', () => {
    const figure = field('#maker-phone').closest('figure')!;
    expect(figure.inert, 'the phone preview is inert').to.equal(true);
    expect(text(figure.querySelector('figcaption'))).to.match(/view only/);
    expect(field('#maker-desktop').closest('[inert]'), 'the desktop preview works').to.equal(null);
  });

  it('writes every output with the options picked, and its size in bytes', () => {
    expect(outputs.snippet).to.include(`<script type="module" src="${bundle}"></script>`);
    expect(outputs.snippet).to.include('film-title="Fight Club"');
    expect(outputs.snippet).to.include('variant="compact"');
    expect(outputs.snippet).to.include('region="GB"');
    expect(outputs.snippet).to.include('watchlist="local"');
    expect(outputs.static).to.include('application/ld+json');
    expect(outputs.static).to.include(`src="${bundle}"`);
    expect(outputs.react).to.include("from 'film-cards/react'");
    expect(outputs.vue).to.include("import 'film-cards'");
    for (const name of Object.keys(outputs) as Output[]) {
      const size = text(field(`[data-output="${name}"] .size`));
      expect(size, name).to.equal(
        `${new TextEncoder().encode(outputs[name]).length.toLocaleString('en')} bytes`,
      );
    }
  });

  it('gives static HTML that paints the same card with no script at all', async () => {
    field<HTMLInputElement>('#maker-static-script').checked = false;
    field('#maker-static-script').dispatchEvent(new Event('change', { bubbles: true }));
    const html = output('static');
    expect(html).not.to.include('<script type="module"');
    const frame = await openOutput('html', html);
    frames.push(frame);
    expect(frame.contentWindow!.customElements.get('film-card'), 'no element code ran').to.equal(undefined);
    expect(facts(cardIn(frame), '1999')).to.deep.equal(preview);
    expect(frame.contentDocument!.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
  });

  it("gives outputs that a blog's Markdown keeps as they are: the same card, no paragraph or code block around it", () => {
    const markdown = new MarkdownIt({ html: true });
    const cardOf = (html: string) =>
      new DOMParser().parseFromString(html, 'text/html').querySelector('film-card')!.outerHTML;
    for (const name of ['snippet', 'static'] as const) {
      const rendered = markdown.render(outputs[name]);
      expect(cardOf(rendered), name).to.equal(cardOf(outputs[name]));
      expect(rendered, `${name}: nothing of it read as Markdown`).not.to.match(/<(p|pre|code)>/);
    }
  });

  it('gives static HTML whose script tag hydrates the card in place: same card, working buttons', async () => {
    const frame = await openOutput('html', outputs.static);
    frames.push(frame);
    const win = frame.contentWindow!;
    const card = cardIn(frame);
    const before = card.shadowRoot!.querySelector('[part~="title"]');
    await waitUntil(() => win.customElements.get('film-card'), 'the bundle did not load', {
      timeout: 10_000,
    });
    const updatable = card as HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };
    await waitUntil(() => updatable.hasUpdated, 'the card was not hydrated', { timeout: 10_000 });
    await updatable.updateComplete;
    expect(facts(card, '1999')).to.deep.equal(preview);
    expect(card.shadowRoot!.querySelector('[part~="title"]'), 'the server-rendered title is kept').to.equal(
      before,
    );
    const button = card.shadowRoot!.querySelector<HTMLElement>('[part~="watchlist-button"]');
    expect(button == null, 'no watchlist button').to.equal(false);
    // The reader's press reaches the page as a watchlist-add event; the page vetoes it, so the
    // origin's saved watchlist, which other test files read, stays as it was.
    const added: string[] = [];
    win.addEventListener('watchlist-add', (event) => {
      added.push((event as CustomEvent<{ film: { title?: string } }>).detail.film.title ?? '');
      event.preventDefault();
    });
    button!.click();
    await waitUntil(() => added.length > 0, 'the button did not work');
    expect(added).to.deep.equal(['Fight Club']);
    // The saved watchlist is a chunk the bundle loads on demand, and a press made before it arrives
    // is saved when it does: nothing is saved, vetoed or not, until then. So the check waits for the
    // frame to fetch that chunk and run it (a module script in the frame that imports it runs after
    // it), then for a task, in which a press that went through would have been saved.
    const storeChunk = () =>
      win.performance
        .getEntriesByType('resource')
        .find(({ name }) => /\/film-cards-local-store-[^/]*\.js$/.test(new URL(name).pathname));
    await waitUntil(storeChunk, 'the saved watchlist was not loaded', { timeout: 10_000 });
    let ran = false;
    win.addEventListener('store-ran', () => (ran = true), { once: true });
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.textContent = `import ${JSON.stringify(storeChunk()!.name)}; dispatchEvent(new Event('store-ran'));`;
    frame.contentDocument!.head.append(script);
    await waitUntil(() => ran, 'the saved watchlist did not run', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve));
    await updatable.updateComplete;
    expect(localStorage.getItem('film-cards:watchlist') ?? '').not.to.include('Fight Club');
  });

  it('gives a script-tag snippet that shows the same card with the bundle', async () => {
    const frame = await openOutput('html', outputs.snippet);
    frames.push(frame);
    const card = cardIn(frame);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="rating-badge"]'), 'no card drawn', {
      timeout: 10_000,
    });
    expect(facts(card, '1999')).to.deep.equal(preview);
  });

  for (const [width, column] of [
    [280, false],
    [360, false],
    [1200, true],
  ] as const)
    it(`gives a compact snippet that reserves the drawn row's height, within 24px, and draws its poster, title, facts and rating in place before the script, in a ${width}px page${column ? ' with a 42rem column' : ''}`, async () => {
      const wrap = (code: string) => (column ? `<div style="max-width: 42rem">${code}</div>` : code);
      const withoutScript = outputs.snippet.replace(/<script[^>]*><\/script>/, '');
      const waiting = await openOutput('html', wrap(withoutScript), width);
      frames.push(waiting);
      expect(waiting.contentWindow!.customElements.get('film-card')).to.equal(undefined);
      const reserved = cardIn(waiting).getBoundingClientRect().height;
      const drawn = await openOutput('html', wrap(outputs.snippet), width);
      frames.push(drawn);
      const card = cardIn(drawn);
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="rating-badge"]'), 'no card drawn', {
        timeout: 10_000,
      });
      const height = card.getBoundingClientRect().height;
      expect(Math.abs(reserved - height), `reserved ${reserved}px, drawn ${height}px`).to.be.at.most(24);
      const before = cardIn(waiting);
      expect(frameOf(before), 'the frame').to.deep.equal(
        frameOf(card.shadowRoot!.querySelector('[part~="card"]')!),
      );
      // At 280 px the drawn row's meta line and badge wrap once more than plain text does, and its
      // text, taller than the poster, starts higher: the waiting text may sit up to 10 px lower.
      const offTop = width < 320 ? 10 : 4;
      for (const [name, from, to] of piecesOf(before, card, { rating: true, title: ':scope > a' })) {
        expect(Math.abs(from.left - to.left), `${name} left ${from.left} → ${to.left}`).to.be.at.most(2);
        expect(Math.abs(from.top - to.top), `${name} top ${from.top} → ${to.top}`).to.be.at.most(offTop);
      }
    });

  it('gives a React component that renders the same card', async () => {
    const frame = await openOutput('react', outputs.react);
    frames.push(frame);
    await waitUntil(() => cardIn(frame)?.shadowRoot?.querySelector('[part~="rating-badge"]'), 'no card', {
      timeout: 20_000,
    });
    expect(facts(cardIn(frame), '1999')).to.deep.equal(preview);
    expect(cardIn(frame).getAttribute('variant')).to.equal('compact');
  });

  it('gives a Vue component that renders the same card', async () => {
    const frame = await openOutput('vue', outputs.vue);
    frames.push(frame);
    await waitUntil(() => cardIn(frame)?.shadowRoot?.querySelector('[part~="rating-badge"]'), 'no card', {
      timeout: 20_000,
    });
    expect(facts(cardIn(frame), '1999')).to.deep.equal(preview);
    expect(cardIn(frame).getAttribute('variant')).to.equal('compact');
  });
});

describe("the card maker's sample film", function () {
  this.timeout(60_000);

  it('fills the paste box with Little Pyongyang and gives every output, poster included', async () => {
    const maker = await openFrame('/demo/maker.html', 1200);
    const page = maker.contentDocument!;
    page.querySelector<HTMLButtonElement>('#maker-sample')!.click();
    const outputs = [...page.querySelectorAll<HTMLTextAreaElement>('[data-output] textarea')];
    await waitUntil(() => outputs.every((output) => output.value), 'an output is empty', { timeout: 30_000 });
    const card = page.querySelector('#maker-desktop film-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('img'), 'no poster', { timeout: 10_000 });
    expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Little Pyongyang');
    // The poster is lazy and the preview below the fold: ask for it as the browser will.
    const poster = card.shadowRoot!.querySelector('img')!.src;
    expect(new URL(poster).pathname).to.equal('/demo/posters/little-pyongyang.svg');
    expect((await fetch(poster)).ok, 'the poster is served').to.equal(true);
    maker.remove();
  });
});

describe('the card maker, as a blogger pastes into it', function () {
  this.timeout(60_000);
  let maker: HTMLIFrameElement;
  let page: Document;
  const field = <T extends Element>(selector: string) => page.querySelector<T>(selector)!;
  const set = (selector: string, value: string, type = 'input') => {
    const element = field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
    element.value = value;
    element.dispatchEvent(new Event(type, { bubbles: true }));
  };
  const output = (name: string) => field<HTMLTextAreaElement>(`[data-output="${name}"] textarea`).value;
  const status = () => text(field('#maker-status'));
  const paste = async (url: string) => set('#maker-json', await (await fetch(url)).text());

  beforeEach(async () => {
    maker = await openFrame('/demo/maker.html', 1200);
    page = maker.contentDocument!;
  });
  afterEach(() => maker.remove());

  for (const [width, column, theme] of [
    [320, false, ''],
    [360, false, ''],
    [430, false, ''],
    [1200, true, ''],
    [360, false, 'dark'],
  ] as const)
    it(`reserves the height of the snippet's own card, not the preview's, and draws its poster, title and facts in place and in its colors before the script, for the sample film with no region (${width}px${theme ? `, ${theme} theme in a light page` : ''})`, async () => {
      field<HTMLButtonElement>('#maker-sample').click();
      set('#maker-script', bundle);
      if (theme) set('#maker-theme', theme, 'change');
      await waitUntil(() => output('snippet').includes('min-height'), 'no reserved height', {
        timeout: 10_000,
      });
      const snippet = output('snippet');
      const wrap = (code: string) => (column ? `<div style="max-width: 42rem">${code}</div>` : code);
      const waiting = await openOutput('html', wrap(snippet.replace(/<script[^>]*><\/script>/, '')), width);
      const reserved = cardIn(waiting).getBoundingClientRect().height;
      const drawn = await openOutput('html', wrap(snippet), width);
      const card = cardIn(drawn);
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="rating-badge"]'), 'no card drawn', {
        timeout: 10_000,
      });
      const height = card.getBoundingClientRect().height;
      // Before the script, the snippet draws the poster, title and facts where the card puts them.
      const before = cardIn(waiting);
      const places = piecesOf(before, card);
      expect(frameOf(before), 'the frame').to.deep.equal(
        frameOf(card.shadowRoot!.querySelector('[part~="card"]')!),
      );
      waiting.remove();
      drawn.remove();
      expect(Math.abs(reserved - height), `reserved ${reserved}px, drawn ${height}px`).to.be.at.most(24);
      for (const [name, early, late] of places) {
        expect(Math.abs(early.left - late.left), `${name} left ${early.left} → ${late.left}`).to.be.at.most(
          2,
        );
        expect(Math.abs(early.top - late.top), `${name} top ${early.top} → ${late.top}`).to.be.at.most(4);
        if (name === 'poster') expect(early.width, 'poster width').to.equal(late.width);
        else
          expect([early.font, early.color], `${name} font and color`).to.deep.equal([late.font, late.color]);
      }
    });

  for (const [width, column] of [
    [412, '10rem'],
    [1280, '12rem'],
  ] as const)
    it(`gives a poster tile's snippet its drawn height within two lines, and its poster, title and facts in place before the script, in a grid of ${column} columns (${width}px)`, async () => {
      field<HTMLButtonElement>('#maker-sample').click();
      set('#maker-script', bundle);
      set('#maker-variant', 'poster', 'change');
      await waitUntil(() => output('snippet').includes('variant="poster"'), 'no tile snippet', {
        timeout: 10_000,
      });
      const snippet = output('snippet');
      const grid = (code: string) =>
        `<div style="display: grid; grid-template-columns: repeat(auto-fill, ${column}); gap: 1rem">${code}</div>`;
      const waiting = await openOutput('html', grid(snippet.replace(/<script[^>]*><\/script>/, '')), width);
      const drawn = await openOutput('html', grid(snippet), width);
      const card = cardIn(drawn);
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="rating-badge"]'), 'no card drawn', {
        timeout: 10_000,
      });
      const before = cardIn(waiting);
      const [reserved, height] = [before.getBoundingClientRect().height, card.getBoundingClientRect().height];
      const places = piecesOf(before, card);
      const frames = [frameOf(before), frameOf(card.shadowRoot!.querySelector('[part~="card"]')!)];
      waiting.remove();
      drawn.remove();
      expect(frames[0], 'the frame').to.deep.equal(frames[1]);
      // Within two lines: in a narrow tile the drawn meta line and badge (stars, "few ratings")
      // wrap once more each than their plain text does. A tile reserves no height of its own.
      expect(Math.abs(reserved - height), `waiting ${reserved}px, drawn ${height}px`).to.be.at.most(40);
      for (const [name, early, late] of places) {
        expect(Math.abs(early.left - late.left), `${name} left ${early.left} → ${late.left}`).to.be.at.most(
          2,
        );
        expect(Math.abs(early.top - late.top), `${name} top ${early.top} → ${late.top}`).to.be.at.most(4);
      }
    });

  it('says what the snippet cannot carry, and nothing once it carries all the card shows', async () => {
    field<HTMLButtonElement>('#maker-sample').click();
    await waitUntil(() => output('snippet'), 'no snippet');
    expect(text(field('#maker-left-out'))).to.include('no offers (pick a region');
    set('#maker-region', 'uk');
    expect(output('snippet'), '"UK" is written as the code GB').to.include('region="GB"');
    expect(output('snippet')).to.include('offers="none"');
    expect(text(field('#maker-left-out'))).to.equal('');
  });

  it('leaves no film behind after a paste it cannot read, and says why in plain words', async () => {
    await paste('/test/fixtures/omdb-parasite.json');
    await waitUntil(() => output('snippet').includes('Parasite'), 'no snippet');
    await paste('/test/fixtures/omdb-error.json');
    expect(status()).to.include('Could not read the pasted text');
    expect(status()).to.include('Movie not found!');
    expect(['snippet', 'static', 'react', 'vue'].map(output), 'every output empty').to.deep.equal([
      '',
      '',
      '',
      '',
    ]);
    expect(field('#maker-desktop film-card'), 'no preview').to.equal(null);
    set('#maker-json', 'hello world');
    expect(status()).to.include('it is not JSON');
    expect(status()).not.to.include('Unexpected token');
  });

  it('removes what the author empties in the form from every output', async () => {
    await paste('/test/fixtures/omdb-parasite.json');
    await waitUntil(() => output('static').includes('Parasite'), 'no static HTML', { timeout: 30_000 });
    const synopsis = field<HTMLTextAreaElement>('[name="synopsis"]').value;
    expect(synopsis, 'the pasted synopsis is in the form').not.to.equal('');
    expect(output('snippet')).to.include('synopsis=');
    set('[name="synopsis"]', '');
    set('[name="poster"]', '');
    expect(output('snippet')).not.to.include('synopsis=');
    expect(output('snippet')).not.to.include('poster=');
    await waitUntil(
      () => !output('static').includes(synopsis.slice(0, 40)),
      'the synopsis stays in static HTML',
      {
        timeout: 10_000,
      },
    );
    expect(output('react')).not.to.include('"synopsis"');
  });

  it('reads typed JSON once the author pauses, not at every key', async () => {
    const box = field<HTMLTextAreaElement>('#maker-json');
    box.focus();
    await sendKeys({ type: '{"title": "Ha' });
    expect(status(), 'nothing said while typing').to.equal('');
    await waitUntil(() => status().includes('Could not read'), 'nothing said after the pause', {
      timeout: 2000,
    });
    await sendKeys({ type: 'nna"}' });
    await waitUntil(() => status().includes('Hanna'), 'the typed film was not read', { timeout: 2000 });
  });

  it("reads a Letterboxd page's JSON-LD, CDATA guard and all", async () => {
    const letterboxd = await (await fetch('/test/fixtures/real/letterboxd-jsonld-shrek.html')).text();
    set('#maker-json', `<!doctype html><html><head>${letterboxd}</head><body></body></html>`);
    expect(status()).to.include('Shrek (2001)');
  });

  it('names each copy button by what it copies, and says in the status line what was copied', async () => {
    const names = [...page.querySelectorAll('.copy')].map((button) => button.getAttribute('aria-label'));
    expect(names).to.deep.equal([
      'Copy Script tag and attributes',
      'Copy Static HTML',
      'Copy React',
      'Copy Vue',
    ]);
    field<HTMLButtonElement>('#maker-sample').click();
    await waitUntil(() => output('static'), 'no static HTML', { timeout: 30_000 });
    page.querySelectorAll<HTMLButtonElement>('.copy')[1]!.click();
    await waitUntil(() => status().startsWith('Copied') || status().includes('is selected'), 'nothing said');
    expect(status()).to.include('Static HTML');
  });

  it('reads a link typed without its scheme as https, and refuses a relative poster address, saying why', async () => {
    set('[name="film-title"]', 'Fight Club');
    set('[name="href"]', 'www.imdb.com/title/tt0137523/');
    set('[name="poster"]', '/wp-content/uploads/p.jpg');
    expect(output('snippet')).to.include('href="https://www.imdb.com/title/tt0137523/"');
    expect(output('snippet'), "no poster at the maker's own address").not.to.include('poster=');
    expect(output('react')).not.to.include(location.origin);
    await waitUntil(() => text(field('#maker-form-status')), 'nothing said');
    expect(text(field('#maker-form-status'))).to.match(
      /Poster URL.*\/wp-content\/uploads\/p\.jpg.*full address/,
    );
  });

  it('refuses a relative poster address in pasted JSON, which has no address of its own', () => {
    set('#maker-json', JSON.stringify({ title: 'Fight Club', poster: { src: '/wp-content/uploads/p.jpg' } }));
    expect(status()).to.include('Fight Club');
    expect(status()).to.match(/\/wp-content\/uploads\/p\.jpg.*full address/);
    expect(output('snippet')).not.to.include('poster=');
  });

  it('resolves relative addresses in fetched JSON against the address it came from', async () => {
    set('#maker-url', new URL('/test/maker/relative-poster.json', location.href).href);
    field<HTMLButtonElement>('#maker-fetch').click();
    await waitUntil(() => output('snippet').includes('Fight Club'), 'nothing fetched', { timeout: 10_000 });
    expect(output('snippet')).to.include(`poster="${location.origin}/test/maker/posters/fight-club.jpg"`);
  });

  it('says which typed values it cannot use, next to the form, once the author pauses, and why the outputs are empty without a title', async () => {
    set('[name="film-title"]', 'Fight Club');
    set('[name="year"]', "'9");
    set('[name="year"]', "'99");
    set('[name="rating"]', '92%');
    expect(text(field('#maker-form-status')), 'said at each key').to.equal('');
    await waitUntil(() => text(field('#maker-form-status')), 'nothing said');
    const said = text(field('#maker-form-status'));
    expect(said).to.include('Year: ignored "\'99"');
    expect(said).to.include('Rating: ignored "92%"');
    expect(field('#maker-form-status').getAttribute('role')).to.equal('status');
    set('[name="film-title"]', '');
    expect(output('snippet')).to.equal('');
    await waitUntil(() => text(field('#maker-form-status')).includes('no title'), 'no word on the title');
  });

  it("offers the page's color-scheme, the reader's system setting, light and dark, and writes each", () => {
    const choices = [...field<HTMLSelectElement>('#maker-theme').options].map((option) => [
      option.value,
      option.text,
    ]);
    expect(choices).to.deep.equal([
      ['', "The page's (its color-scheme)"],
      ['auto', "The reader's system setting"],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ]);
    set('[name="film-title"]', 'Fight Club');
    set('#maker-theme', 'auto', 'change');
    expect(output('snippet')).to.include('theme="auto"');
    expect(output('snippet')).to.include('color-scheme: light dark;');
    expect(output('react')).to.include('theme="auto"');
  });

  it('keeps what the author typed in the form when a paste fails, the paste box is emptied or the same film is pasted again, not when another film is pasted', async () => {
    set('[name="film-title"]', 'My own film');
    set('[name="year"]', '2001');
    set('#maker-json', 'hello world');
    expect(status()).to.include('it is not JSON');
    expect(field<HTMLInputElement>('[name="film-title"]').value).to.equal('My own film');
    expect(output('snippet')).to.include('film-title="My own film"');
    await paste('/test/fixtures/omdb-parasite.json');
    expect(field<HTMLInputElement>('[name="film-title"]').value, 'a paste fills the form').to.equal(
      'Parasite',
    );
    set('#maker-json', '');
    expect(field<HTMLInputElement>('[name="year"]').value, 'typed, then replaced by the paste').to.equal('');
    set('[name="synopsis"]', 'Typed after the paste.');
    set('#maker-json', 'hello world');
    expect(field<HTMLTextAreaElement>('[name="synopsis"]').value).to.equal('Typed after the paste.');
    set('#maker-json', JSON.stringify({ title: 'One film' }));
    set('[name="synopsis"]', 'Typed for one film.');
    set('#maker-json', JSON.stringify({ title: 'One film', genres: ['Drama'] }));
    expect(field<HTMLTextAreaElement>('[name="synopsis"]').value, 'the same film pasted again').to.equal(
      'Typed for one film.',
    );
    set('#maker-json', JSON.stringify({ title: 'Another film' }));
    expect(field<HTMLInputElement>('[name="film-title"]').value).to.equal('Another film');
    expect(field<HTMLTextAreaElement>('[name="synopsis"]').value, 'typed for the last film').to.equal('');
  });

  it("says that the snippet's facts for readers without the script are in English until a language is picked", async () => {
    field<HTMLButtonElement>('#maker-sample').click();
    await waitUntil(() => output('snippet'), 'no snippet');
    expect(text(field('#maker-snippet-lang'))).to.include('in English');
    set('#maker-lang', 'fr', 'change');
    expect(text(field('#maker-snippet-lang'))).to.equal('');
  });

  it('says that static HTML is drawn in one language until one is picked', async () => {
    field<HTMLButtonElement>('#maker-sample').click();
    await waitUntil(() => output('static'), 'no static HTML', { timeout: 30_000 });
    expect(text(field('#maker-static-lang'))).to.include('Drawn in English');
    set('#maker-lang', 'fr', 'change');
    expect(text(field('#maker-static-lang'))).to.equal('');
  });
});
