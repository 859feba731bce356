// Server rendering, used as a static site build uses it: renderFilmCard() runs in Node.js on the test
// server (test/ssr/server.mjs), and the browser gets its HTML, alone or in a whole page.
import { expect } from '@open-wc/testing';
import { styles, stylesDrawnLater } from '../../src/film-card/film-card.styles.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };
type Probe = {
  defined: string[];
  hosts: string[];
  title?: Element;
  titleText?: string;
  height: number;
  changes: string[];
};
type PageWindow = Window & typeof globalThis & { probe: Probe; pageErrors: string[]; injected?: boolean };

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The HTML renderFilmCard() returned, parsed as a browser parses a page: declarative shadow roots attach. */
async function rendered(params: Record<string, string>) {
  const response = await fetch(`/ssr/html?${query(params)}`);
  const html = await response.text();
  if (!response.ok) throw new Error(html);
  const card = Document.parseHTMLUnsafe(html).querySelector('film-card')!;
  return { html, card, warnings: JSON.parse(response.headers.get('x-warnings')!) as string[] };
}

const shadowPart = (host: Element | undefined, name: string) =>
  host!.shadowRoot!.querySelector(`[part~="${name}"]`);
const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const items = (list: Element | null) => [...(list?.children ?? [])].map(textOf);

/** Every element below `root`, through shadow roots. */
const deepElements = (root: Element | ShadowRoot): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [
    el,
    ...(el.shadowRoot ? deepElements(el.shadowRoot) : []),
  ]);

/**
 * A node as the reader gets it: elements, attributes and text, through shadow roots, without
 * comments or styles. (Node types, not instanceof: the nodes come from another window.)
 */
function snapshot(node: Node): string {
  const children = (parent: Node) => [...parent.childNodes].map(snapshot).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children(node);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  if (element.localName === 'style') return '';
  // Sorted: a browser sets bound attributes after static ones, the server writes them in source order.
  const attributes = [...element.attributes]
    .map(({ name, value }) => ` ${name}="${value}"`)
    .sort()
    .join('');
  const shadow = element.shadowRoot ? `#shadow(${children(element.shadowRoot)})` : '';
  return `<${element.localName}${attributes}>${shadow}${children(element)}</${element.localName}>`;
}

async function openPage(params: Record<string, string>): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/ssr/page?${query(params)}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('film-card');
  await settled(win.document.querySelector('film-card')!);
  return win;
}

/** Waits for an element and every element inside it to finish updating. */
async function settled(host: Element) {
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      [host, ...deepElements(host.shadowRoot!)].map((el) => (el as Updatable).updateComplete),
    );
  }
}

// Lit's development build says so once per page; it is not about the page.
const errorsOf = (win: PageWindow) =>
  win.pageErrors.filter((message) => !message.includes('Lit is in dev mode'));

describe('renderFilmCard()', () => {
  it('renders the card as one declarative shadow root, with everything inside it drawn in it', async () => {
    const { html, card } = await rendered({ film: 'little-pyongyang' });
    // One host: the card draws its rating badge, availability block and watchlist button in its own
    // shadow root.
    expect(html.match(/<template shadowroot(mode)?="open" shadowrootmode="open">/g)).to.have.length(1);
    expect(textOf(shadowPart(card, 'title'))).to.equal('Little Pyongyang');
    const inside = deepElements(card.shadowRoot!).filter((el) => el.localName.includes('-'));
    expect(
      inside.map((el) => el.localName),
      'no element inside the card',
    ).to.deep.equal([]);
    // Nothing holds the card back from hydrating: it starts on its own.
    expect(card.hasAttribute('defer-hydration')).to.equal(false);
    // Its rating badge, availability block and watchlist button, as in the browser.
    expect(textOf(shadowPart(card, 'rating-badge'))).to.equal('IMDb ★★★★★★★★★★ 7.5 /10 (39) few ratings');
    expect(textOf(shadowPart(card, 'availability-title'))).to.equal('Where to watch in the United Kingdom');
    expect(textOf(shadowPart(card, 'watchlist-label'))).to.equal('Add to watchlist');
  });

  it('writes the rules of where to watch and of the button after the title, just before them, in the cascade order', async () => {
    const later = stylesDrawnLater.map((style) => style.cssText).join('');
    for (const [variant, first] of [
      ['full', '<div part="availability"'],
      ['compact', '<div part="actions"'],
    ] as const) {
      const { html, card } = await rendered({ film: 'little-pyongyang', variant });
      const [own, drawnLater, ...more] = [...card.shadowRoot!.querySelectorAll('style')].map(
        (style) => style.textContent,
      );
      expect(more, variant).to.deep.equal([]);
      expect(own, variant).to.equal(
        styles
          .map((style) => style.cssText)
          .join('')
          .replace(later, ''),
      );
      expect(drawnLater, variant).to.equal(later);
      const at = (text: string) => html.indexOf(text);
      expect(at('Little Pyongyang</'), `${variant}: the title, before them`).to.be.below(
        at(`<style>${later}`),
      );
      // Right before what they style and the markers Lit writes for it: hydration takes the element
      // right after a `lit-node` marker for the one it binds.
      const after = html.slice(at(`<style>${later}</style>`) + `<style>${later}</style>`.length);
      expect(after.replace(/^(<!--lit-(part|node)[^>]*-->)*/, '').startsWith(first), variant).to.equal(true);
    }
  });

  it('embeds the validated film as JSON, which is all the browser needs', async () => {
    const { card } = await rendered({ film: 'little-pyongyang', base: 'https://blog.example/2024/films/' });
    const scripts = card.querySelectorAll(':scope > script');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.getAttribute('type')).to.equal('application/json');
    const film = JSON.parse(scripts[0]!.textContent);
    expect(film.title).to.equal('Little Pyongyang');
    // Relative URLs are resolved on the server against the page the HTML goes on.
    expect(film.poster.src).to.equal('https://blog.example/test/ssr/poster.svg');
    expect(shadowPart(card, 'poster')!.querySelector('img')!.getAttribute('src')).to.equal(film.poster.src);
    expect(film.availability[0].offers).to.have.length(2);
  });

  it('accepts schema.org JSON-LD, as any film source the card reads', async () => {
    const { card } = await rendered({ film: 'schema-org' });
    expect(textOf(shadowPart(card, 'title'))).to.equal('Parasite');
    expect(items(shadowPart(card, 'meta'))).to.deep.equal(['2019', '2 hr 12 min', 'Thriller, Drama']);
    expect(JSON.parse(card.querySelector('script')!.textContent).id).to.equal('tt6751668');
  });

  it('writes text from the film only as text, and JSON that cannot end its script', async () => {
    const hostile = await (await fetch('/ssr/film/hostile.json')).json();
    const { html, card, warnings } = await rendered({ film: 'hostile', 'json-ld': '1' });
    // Two scripts, both ours: the film's JSON and its JSON-LD, each closed once.
    expect(html.match(/<script/g)).to.have.length(2);
    expect(html.match(/<\/script>/g)).to.have.length(2);
    for (const script of card.querySelectorAll('script')) {
      expect(script.textContent).not.to.match(/[<>&\u2028]/);
      const json = JSON.parse(script.textContent);
      expect(json.title ?? json.name).to.equal(hostile.title);
    }
    const elements = [...card.querySelectorAll('*'), ...deepElements(card.shadowRoot!)];
    expect(elements.map((el) => el.localName).filter((tag) => tag === 'img' || tag === 'b')).to.deep.equal(
      [],
    );
    expect(
      elements.filter((el) => [...el.attributes].some((attribute) => attribute.name.startsWith('on'))),
    ).to.deep.equal([]);
    expect(textOf(shadowPart(card, 'title'))).to.equal(hostile.title);
    // Unsafe URLs never reach the HTML; the build is told.
    expect(html).not.to.include('javascript:');
    expect(warnings).to.deep.equal([
      'film-cards: renderFilmCard() poster.src: ignored "javascript:window.injected = true" (not an http(s) URL)',
      'film-cards: renderFilmCard() href: ignored "javascript:window.injected = true" (not an http(s) URL)',
    ]);
  });

  it('renders in the language asked for, in everything the card draws', async () => {
    const { card } = await rendered({ film: 'little-pyongyang', lang: 'fr' });
    expect(card.getAttribute('lang')).to.equal('fr');
    expect(shadowPart(card, 'rating-badge')!.getAttribute('aria-label')).to.equal(
      'Noté 7,5 sur 10 par 39 utilisateurs IMDb (peu de notes)',
    );
    expect(textOf(shadowPart(card, 'availability-title'))).to.equal('Où regarder (Royaume-Uni)');
    expect(textOf(shadowPart(card, 'watchlist-label'))).to.equal('Ajouter à ma liste');
    expect(items(shadowPart(card, 'meta'))).to.deep.equal(['2018', '24 min', 'Documentary, Short']);
  });

  it('writes schema.org JSON-LD only when asked', async () => {
    const without = await rendered({ film: 'little-pyongyang' });
    expect(without.card.querySelector('script[type="application/ld+json"]')).to.equal(null);
    expect(without.card.hasAttribute('json-ld')).to.equal(false);

    const { card } = await rendered({ film: 'little-pyongyang', 'json-ld': '1' });
    expect(card.hasAttribute('json-ld')).to.equal(true);
    const script = card.querySelector('script[type="application/ld+json"]')!;
    expect(script.hasAttribute('data-film-card-generated')).to.equal(true);
    const movie = JSON.parse(script.textContent);
    expect(movie).to.include({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Little Pyongyang',
      duration: 'PT24M',
    });
    expect(movie.aggregateRating).to.deep.equal({
      '@type': 'AggregateRating',
      ratingValue: 7.5,
      bestRating: 10,
      ratingCount: 39,
    });
  });

  it('leaves a plain link inside the card for feed readers, unless told not to', async () => {
    const { card } = await rendered({ film: 'little-pyongyang' });
    const link = card.querySelector(':scope > a')!;
    expect(link.getAttribute('href')).to.equal('https://www.imdb.com/title/tt8765432/');
    expect(link.textContent).to.equal('Little Pyongyang (2018)');
    const bare = await rendered({ film: 'little-pyongyang', fallback: '0' });
    expect(bare.card.querySelector(':scope > a')).to.equal(null);
  });

  it('shows one watchlist control in the empty state, before any script runs', async () => {
    // Little Pyongyang streams in the United Kingdom only: in the United States the block is empty.
    for (const [region, expected] of [
      ['US', ['Add to watchlist to be notified when it’s available']],
      ['GB', ['Add to watchlist']],
    ] as const) {
      const { card } = await rendered({ film: 'little-pyongyang', region });
      // This page defines no elements: the card stays as the server wrote it, styled by its own HTML.
      const shown = document.body.appendChild(document.adoptNode(card));
      try {
        const toggles = deepElements(shown.shadowRoot!).filter(
          (el) => el.matches('button[aria-pressed]') && el.getClientRects().length > 0,
        );
        expect(toggles.map(textOf), region).to.deep.equal(expected);
      } finally {
        shown.remove();
      }
    }
  });

  it('passes presentation attributes to the card', async () => {
    const { card } = await rendered({ film: 'little-pyongyang', variant: 'compact', region: 'US' });
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(shadowPart(card, 'card')!.classList.contains('compact')).to.equal(true);
    expect(shadowPart(card, 'synopsis')).to.equal(null);
  });

  it('throws, naming the problem, on data with no film in it, or a language that is none', async () => {
    const untitled = await fetch('/ssr/html?film=untitled');
    expect(untitled.status).to.equal(500);
    expect(await untitled.text()).to.equal('film-cards: renderFilmCard() needs a film with a title.');
    const shapeless = await fetch('/ssr/html?film=shapeless');
    expect(await shapeless.text()).to.equal(
      'film-cards: renderFilmCard() cannot read the film: its shape is not a known film format.',
    );
    const language = await fetch('/ssr/html?film=little-pyongyang&lang=not_a_language');
    expect(await language.text()).to.equal(
      'film-cards: renderFilmCard() lang: "not_a_language" is not a language tag.',
    );
  });
});

describe('a server-rendered card in the browser', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is on screen, styled, before any element code runs', async () => {
    const win = await openPage({ film: 'little-pyongyang' });
    expect(win.probe.defined).to.deep.equal([]);
    // One shadow root, the card's: it draws everything inside it.
    expect(win.probe.hosts).to.deep.equal(['film-card']);
    expect(win.probe.titleText).to.equal('Little Pyongyang');
    // Styled from the first paint, so nothing moves when the elements upgrade.
    const card = win.document.querySelector('film-card')!;
    expect(win.probe.height).to.be.above(150);
    expect(card.getBoundingClientRect().height).to.be.closeTo(win.probe.height, 1);
  });

  it('hydrates from the embedded film, without fetching it again', async () => {
    const film = `/ssr/film/little-pyongyang.json?case=no-second-fetch`;
    const win = await openPage({ film: 'little-pyongyang', case: 'no-second-fetch' });
    const card = win.document.querySelector('film-card') as Updatable;
    expect(card.hasUpdated).to.equal(true);
    const { count } = await (await fetch(`/ssr/hits?path=${encodeURIComponent(film)}`)).json();
    expect(count, 'the build fetched the film once; the browser never').to.equal(1);
    const requests = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect(
      requests.filter((entry) => ['fetch', 'xmlhttprequest'].includes(entry.initiatorType)),
    ).to.deep.equal([]);
  });

  it('hydrates without a flash: the server DOM is kept, node for node', async () => {
    const win = await openPage({ film: 'little-pyongyang', 'json-ld': '1' });
    const card = win.document.querySelector('film-card')!;
    expect(win.probe.changes).to.deep.equal([]);
    expect(shadowPart(card, 'title')).to.equal(win.probe.title);
    expect((card as Updatable).hasUpdated, 'hydrated').to.equal(true);
    // The JSON-LD the server wrote is the one the card keeps current.
    expect(card.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
  });

  it('logs no error or warning, hydration mismatches included', async () => {
    const win = await openPage({ film: 'little-pyongyang', lang: 'fr' });
    expect(errorsOf(win)).to.deep.equal([]);
    expect(win.probe.changes).to.deep.equal([]);
  });

  it('matches, in every language, what the browser renders by itself', async () => {
    for (const lang of ['en', 'fr', 'ko']) {
      const win = await openPage({ film: 'little-pyongyang', lang, 'json-ld': '1' });
      const server = win.document.querySelector('film-card')!;
      const client = win.document.createElement('film-card');
      client.setAttribute('lang', lang);
      client.setAttribute('json-ld', '');
      client.append(server.querySelector('script[type="application/json"]')!.cloneNode(true));
      win.document.body.append(client);
      await settled(client);
      const rendered = snapshot(client.shadowRoot!);
      expect(rendered).to.include('Little Pyongyang').and.include('part="rating-badge"');
      expect(snapshot(server.shadowRoot!), lang).to.equal(rendered);
      expect(server.querySelector('script[type="application/ld+json"]')!.textContent).to.equal(
        client.querySelector('script[type="application/ld+json"]')!.textContent,
      );
      win.frameElement!.remove();
    }
  });

  it('keeps working after hydration: the watchlist button', async () => {
    const win = await openPage({ film: 'little-pyongyang' });
    const card = win.document.querySelector('film-card') as Updatable & { inWatchlist: boolean };
    // The card draws its watchlist button in its own shadow root.
    const button = shadowPart(card, 'watchlist-button') as HTMLButtonElement;
    const added = new Promise<CustomEvent>((resolve) =>
      card.addEventListener('watchlist-add', (event) => resolve(event as CustomEvent)),
    );
    button.click();
    const event = await added;
    expect(event.detail.film).to.deep.equal({ id: 'tt8765432', title: 'Little Pyongyang', year: 2018 });
    await settled(card);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(shadowPart(card, 'watchlist-label'))).to.equal('In watchlist');
    expect(card.inWatchlist).to.equal(true);
  });

  it('binds the compact row’s actions after hydration, past the style written before them', async () => {
    const win = await openPage({ film: 'little-pyongyang', variant: 'compact' });
    const card = win.document.querySelector('film-card')!;
    const actions = shadowPart(card, 'actions')!;
    expect(actions.getAttribute('class'), 'the watchlist button alone').to.equal('bare');
    const tickets = win.document.createElement('a');
    tickets.slot = 'actions';
    tickets.href = '#tickets';
    tickets.textContent = 'Tickets';
    card.append(tickets);
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    await settled(card);
    expect(actions.getAttribute('class'), 'a row of actions, shown').to.equal(null);
    expect([...card.shadowRoot!.querySelectorAll('style[class]')]).to.deep.equal([]);
  });

  it('keeps every rule of its own once hydrated, whatever it draws next', async () => {
    const win = await openPage({ film: 'little-pyongyang' });
    const card = win.document.querySelector('film-card')!;
    expect(card.shadowRoot!.adoptedStyleSheets, 'rating, card, where to watch, button').to.have.length(4);
    // What a redraw does to the style written beside where to watch: the rules stay.
    card.shadowRoot!.querySelectorAll('style').forEach((style) => style.remove());
    const offer = shadowPart(card, 'availability-offer')!;
    expect(win.getComputedStyle(offer).display).to.equal('inline-flex');
    expect(win.getComputedStyle(shadowPart(card, 'watchlist-button')!).display).to.equal('inline-flex');
  });

  it('hydrates the empty state with its one watchlist control, and nothing moves', async () => {
    const win = await openPage({ film: 'little-pyongyang', region: 'US' });
    const card = win.document.querySelector('film-card')!;
    expect(errorsOf(win)).to.deep.equal([]);
    expect(win.probe.changes).to.deep.equal([]);
    const toggles = deepElements(card.shadowRoot!).filter(
      (el) => el.matches('button[aria-pressed]') && el.getClientRects().length > 0,
    );
    expect(toggles.map(textOf)).to.deep.equal(['Add to watchlist to be notified when it’s available']);
  });

  it('runs nothing from the film data', async () => {
    const win = await openPage({ film: 'hostile', 'json-ld': '1' });
    expect(win.injected).to.equal(undefined);
    expect(errorsOf(win).filter((message) => !message.startsWith('warn: film-cards:'))).to.deep.equal([]);
    expect(win.probe.changes).to.deep.equal([]);
  });
});
