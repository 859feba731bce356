// The drop-in bundle, used as a blogger uses it: a plain HTML page with one
// script tag pointing at dist/film-cards.js (built by `npm run build`).
import { expect } from '@open-wc/testing';

async function openPage(path: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('rating-badge');
  return win;
}

async function badgeText(win: Window, selector = 'rating-badge') {
  const badge = win.document.querySelector(selector) as HTMLElement & { updateComplete: Promise<unknown> };
  await badge.updateComplete;
  return badge.shadowRoot!.querySelector('[part~="badge"]')!;
}

describe('drop-in bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders elements on a plain page with one script tag', async () => {
    const win = await openPage('/test/bundle/blogger.html');
    const modules = [...win.document.querySelectorAll<HTMLScriptElement>('script[type="module"]')];
    // The test server adds its own web-socket client to every page it serves; the page itself has one script.
    const ours = modules
      .map((script) => new URL(script.src).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(ours).to.deep.equal(['/dist/film-cards.js']);
    const badge = await badgeText(win);
    expect(badge.getAttribute('aria-label')).to.equal('Rated 7.5 out of 10 by 39 IMDb users (few ratings)');
    expect(badge.querySelector('[part~="value"]')!.textContent).to.equal('7.5');
  });

  it('shows cards made from attributes, from src and from inline JSON-LD', async () => {
    const win = await openPage('/test/bundle/blogger.html');
    await win.customElements.whenDefined('film-card');
    const title = async (id: string) => {
      const card = win.document.getElementById(id) as HTMLElement & { updateComplete: Promise<unknown> };
      for (let i = 0; i < 100 && !card.shadowRoot?.querySelector('[part~="title"]'); i++) {
        await card.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim();
    };
    expect(await title('by-attributes')).to.equal('Little Pyongyang');
    expect(await title('by-src')).to.equal('Parasite');
    expect(await title('by-json-ld')).to.equal('Nosferatu');

    const card = win.document.getElementById('by-attributes') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    // The card draws its availability block in its own shadow root.
    const availability = card.shadowRoot!.querySelector('[part~="availability"]')!;
    expect(availability.textContent).to.contain('Not available to stream in the United Kingdom');
    // The fallback link stays in the light DOM for feed readers and search engines, unrendered.
    expect(card.querySelector('a')!.textContent).to.equal('Little Pyongyang (2018)');
    expect(card.querySelector('a')!.getClientRects()).to.have.length(0);
  });

  it('is self-contained: its only imports are its own chunks, next to it', async () => {
    const source = await (await fetch('/dist/film-cards.js')).text();
    expect(source).not.to.match(/(?:^|[;}\n])\s*import[\s{*"']/, 'static import');
    expect(source).not.to.match(/\bexport\s*\*\s*from\b/, 're-export');
    // Chunks are loaded on demand, by paths relative to the entry file, never computed ones.
    const dynamic = [...source.matchAll(/(?<![.\w$])import\s*\(\s*(["'`])(.*?)\1\s*\)/g)].map(
      (match) => match[2],
    );
    expect(dynamic.length).to.be.greaterThan(0);
    for (const path of dynamic)
      expect(path).to.match(/^\.\/film-cards-[\w-]+\.js$/, 'chunk next to the entry');
    expect(source.match(/(?<![.\w$])import\s*\(/g)).to.have.length(dynamic.length, 'computed dynamic import');
  });

  it('included twice and alongside a second copy: no error, and one "already defined" warning per element from the second copy', async () => {
    const win = await openPage('/test/bundle/twice.html');
    const badge = await badgeText(win);
    const { pageErrors, pageWarnings } = win as unknown as { pageErrors: string[]; pageWarnings: string[] };
    // Each copy defines its elements a task after it evaluates: the second copy's turn comes after
    // the first copy's badge has rendered.
    for (let i = 0; i < 50 && pageWarnings.length < 5; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pageErrors).to.deep.equal([]);
    // The same URL twice is one module; the copy under another URL finds every tag taken.
    expect([...pageWarnings].sort()).to.deep.equal(
      ['film-card', 'rating-badge', 'watch-availability', 'watch-offer', 'watchlist-button'].map(
        (tag) => `film-cards: <${tag}> is already defined by another copy of the library; keeping that one.`,
      ),
    );
    expect(badge.getAttribute('aria-label')).to.equal('Rated 8 out of 10 by TMDB');
  });
});
