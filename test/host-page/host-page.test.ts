import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import { linesOf, onOneLine } from '../helpers/layout.js';

// The card inside the page styles it meets in the wild: real CSS frameworks as published on npm,
// the centred root of the React and Vue app templates, and a page with hostile inherited text
// styles, at phone to desktop widths and in every color-scheme declaration. Assertions are about
// geometry and computed style, never pixels.

const frameworks = {
  none: [],
  bootstrap: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  'tailwind preflight': ['/node_modules/tailwindcss/preflight.css'],
  pico: ['/node_modules/@picocss/pico/css/pico.min.css'],
  'water.css': ['/node_modules/water.css/out/water.min.css'],
} as const;

const widths = [280, 320, 375, 768, 1280];
const variants = ['full', 'compact', 'poster'] as const;

/** The same cards in another layout. */
const as = (variant: string, markup: string) =>
  markup.replaceAll('<film-card ', `<film-card variant="${variant}" `);

/** The README's blogger snippet: the seed film, written as attributes, streaming nowhere. */
const seed = `<film-card film-id="little-pyongyang-2018" film-title="Little Pyongyang" year="2018" runtime="24"
  language="ko" genres="Documentary" rating="7.5" votes="39" rating-source="imdb" region="GB" offers="none"
  lang="en"><a href="https://example.com/little-pyongyang">Little Pyongyang (2018)</a></film-card>`;

/** Every piece of a card: a poster, a long title, four offers in three groups, a long synopsis. */
const full = `<film-card src="/demo/films/parasite.json" loading="eager" region="GB" lang="en"></film-card>`;

/** A million votes: the badge's longest score. */
const million = `<film-card film-id="p" film-title="Parasite" year="2019" runtime="132" genres="Comedy, Thriller, Drama"
  rating="8.5" votes="1000000" rating-source="imdb" lang="en"></film-card>`;

const cleanups: (() => void)[] = [];

afterEach(async () => {
  while (cleanups.length) cleanups.pop()!();
  await emulateMedia({ colorScheme: 'light' });
});

after(async () => {
  await setViewport({ width: 800, height: 600 });
});

async function stylesheet(href: string) {
  const link = document.head.appendChild(document.createElement('link'));
  link.rel = 'stylesheet';
  link.href = href;
  cleanups.push(() => link.remove());
  await new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
}

function style(text: string) {
  const element = document.head.appendChild(document.createElement('style'));
  element.textContent = text;
  cleanups.push(() => element.remove());
}

/** Puts markup into the page and waits until every card in it has rendered, nested elements too. */
async function mount(markup: string): Promise<{ root: HTMLElement; cards: FilmCard[]; card: FilmCard }> {
  const root = document.body.appendChild(document.createElement('div'));
  root.innerHTML = markup;
  cleanups.push(() => root.remove());
  const cards = [...root.querySelectorAll('film-card')];
  for (const card of cards) {
    const deadline = Date.now() + 5000;
    while (!card.shadowRoot?.querySelector('[part~="card"]:not([aria-busy])')) {
      if (Date.now() > deadline) throw new Error('the card did not render');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await settled(card.shadowRoot);
  }
  return { root, cards, card: cards[0]! };
}

async function settled(root: ShadowRoot) {
  for (const element of deep(root)) {
    if ('updateComplete' in element) await (element as FilmCard).updateComplete;
  }
}

/** Every element of a shadow tree, nested shadow trees included. */
function* deep(root: ShadowRoot | Element): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

const part = (card: Element, name: string) =>
  card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Everything that would show outside the card's box, or push the page wider than the screen. */
function overflow(card: FilmCard): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > innerWidth)
    problems.push(`the page scrolls sideways: ${page.scrollWidth} > ${innerWidth}`);
  const box = card.getBoundingClientRect();
  if (box.right > innerWidth + 0.5 || box.left < -0.5) problems.push(`the card is wider than the screen`);
  for (const element of deep(card.shadowRoot!)) {
    const rect = element.getBoundingClientRect();
    // Visually hidden text is clipped to nothing on purpose; a slot or a style has no box.
    if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).clipPath !== 'none') continue;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      const name = element.getAttribute('part') ?? element.localName;
      problems.push(
        `${name} (${Math.round(rect.left)}-${Math.round(rect.right)}) leaves the card (${Math.round(box.left)}-${Math.round(box.right)})`,
      );
    }
  }
  return problems;
}

/** The score, its scale and its votes sit on one line. */
function badgeOnOneLine(card: FilmCard): boolean {
  const badge = card.shadowRoot!.querySelector('[part~="rating-badge"]')!;
  return onOneLine(
    ['value', 'scale', 'votes']
      .map((name) => badge.querySelector(`[part~="rating-${name}"]`))
      .filter((element) => element !== null),
  );
}

/** The "few ratings" hint is one piece: it moves to the next line whole, never split across two. */
function hintWhole(card: FilmCard): boolean {
  const hint = card.shadowRoot!.querySelector('[part~="rating-hint"]');
  return !hint || hint.getClientRects().length === 1;
}

/** An offer's quality and price tags ("4K", "£9.99") that wrap onto a second line. */
function brokenOfferTags(card: FilmCard): string[] {
  // The card draws its availability block in its own shadow root, under parts prefixed `availability-`.
  return [
    ...card.shadowRoot!.querySelectorAll('[part~="availability-quality"], [part~="availability-price"]'),
  ]
    .filter((tag) => linesOf(tag) > 1)
    .map((tag) => tag.textContent.trim());
}

/** Facts whose value ("May 30, 2019", "Bong Joon-ho") wraps onto a second line. */
function wrappedFacts(card: FilmCard): string[] {
  return [...card.shadowRoot!.querySelectorAll('[part~="facts"] dd')]
    .filter((value) => linesOf(value) > 1)
    .map((value) => value.textContent.trim());
}

/** Pieces of a rating badge that start a wrapped line anywhere but flush with the badge's start. */
function indentedBadgeLines(card: FilmCard): string[] {
  const indented: string[] = [];
  for (const badge of card.shadowRoot!.querySelectorAll('[part~="rating-badge"]')) {
    const start = badge.getBoundingClientRect().left;
    const pieces = [...badge.querySelectorAll<HTMLElement>(':scope > *')];
    const rects = pieces.map((piece) => piece.getBoundingClientRect());
    rects.forEach((rect, index) => {
      const sameLine = rects.filter((other) => other.top < rect.bottom && other.bottom > rect.top);
      const first = Math.min(...sameLine.map((other) => other.left)) === rect.left;
      if (first && rect.left > start + 0.5)
        indented.push(pieces[index]!.getAttribute('part') ?? pieces[index]!.className);
    });
  }
  return indented;
}

/**
 * The meta items whose separator a reader sees at the start or at the end of a line: a "·" drawn
 * after an item that ends a line, or before one that starts it, unless it is drawn outside the item
 * (a negative margin) where the list clips it.
 */
function strandedSeparators(card: FilmCard): string[] {
  const meta = part(card, 'meta');
  const list = meta.getBoundingClientRect();
  const clips = getComputedStyle(meta).overflowX !== 'visible';
  const items = [...meta.children];
  const boxes = items.map((item) => item.getBoundingClientRect());
  const rtl = getComputedStyle(meta).direction === 'rtl';
  return items
    .filter((item, i) => {
      const box = boxes[i]!;
      const startsLine = Math.abs(rtl ? box.right - list.right : box.left - list.left) < 1;
      const endsLine = i === items.length - 1 || boxes[i + 1]!.top > box.top + 1;
      const before = getComputedStyle(item, '::before');
      const after = getComputedStyle(item, '::after');
      const outside = parseFloat(before.marginInlineStart) <= -parseFloat(before.width) + 0.5;
      const leads =
        item.textContent.trim().startsWith('·') || (before.content !== 'none' && !(clips && outside));
      return (startsLine && leads) || (endsLine && after.content !== 'none');
    })
    .map((item) => item.textContent.trim());
}

/** Relative luminance of the card's surface, 0 (black) to 1 (white). */
function luminance(card: FilmCard): number {
  const color = getComputedStyle(part(card, 'card')).backgroundColor;
  const [r = 0, g = 0, b = 0] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Whether a page with this used color-scheme is dark for this reader. */
function pageIsDark(scheme: string, readerDark: boolean): boolean {
  const words = scheme.split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  return dark && (!light || readerDark);
}

describe('<film-card> on host pages', () => {
  for (const [framework, sheets] of Object.entries(frameworks)) {
    describe(`with ${framework}`, () => {
      for (const width of widths) {
        for (const variant of variants) {
          it(`fits a ${variant} card in ${width} px: nothing overflows, the badge, offer tags and fact values hold together, no separator starts or ends a line`, async () => {
            await setViewport({ width, height: 800 });
            for (const sheet of sheets) await stylesheet(sheet);
            const { cards } = await mount(
              `<main class="container">${as(variant, seed + full + million)}</main>`,
            );
            for (const card of cards) {
              const name = `${variant} ${card.filmTitle ?? card.src}`;
              expect(overflow(card), name).to.deep.equal([]);
              expect(badgeOnOneLine(card), `${name}: the score, scale and votes on one line`).to.equal(true);
              expect(hintWhole(card), `${name}: the "few ratings" hint in one piece`).to.equal(true);
              expect(indentedBadgeLines(card), `${name}: wrapped rating lines start flush`).to.deep.equal([]);
              expect(brokenOfferTags(card), `${name}: offer tags on one line`).to.deep.equal([]);
              expect(wrappedFacts(card), `${name}: short fact values on one line`).to.deep.equal([]);
              expect(strandedSeparators(card), `${name}: a separator at a line's start or end`).to.deep.equal(
                [],
              );
              expect(getComputedStyle(part(card, 'title')).textAlign, name).to.equal('start');
            }
          });
        }
      }

      for (const reader of ['light', 'dark'] as const) {
        it(`paints the card as the page is painted, for a ${reader} reader`, async () => {
          await emulateMedia({ colorScheme: reader });
          for (const sheet of sheets) await stylesheet(sheet);
          const { card } = await mount(seed);
          const scheme = getComputedStyle(card.parentElement!).colorScheme;
          const dark = pageIsDark(scheme, reader === 'dark');
          expect(luminance(card) < 0.2, `page color-scheme "${scheme}"`).to.equal(dark);
        });
      }
    });
  }

  describe('centred app root (React and Vue templates)', () => {
    // The Vite templates' own CSS (index.css): a centred, shrink-wrapped root inside a flex body
    // with no margin, so the page itself is exactly as wide as a 320 px screen.
    const app = `body { margin: 0; display: flex; place-items: center; min-width: 320px; min-height: 100vh; }
      #app { max-width: 1280px; margin: 0 auto; padding: 2rem; text-align: center; }`;

    for (const width of [320, 375, 768, 1280]) {
      it(`keeps text aligned to the start and takes a readable width at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        style(app);
        const { card } = await mount(`<div id="app"><h1>Vite + Lit</h1>${full}</div>`);
        for (const name of ['title', 'meta', 'synopsis', 'facts']) {
          expect(getComputedStyle(part(card, name)).textAlign, name).to.equal('start');
        }
        expect(overflow(card)).to.deep.equal([]);
        // Shrink-wrapped, the card neither collapses to the heading's width nor outgrows the screen.
        const expected = Math.min(640, width - 64);
        expect(card.getBoundingClientRect().width).to.be.closeTo(expected, 1);
      });

      it(`keeps compact and poster cards aligned to the start and inside ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        style(app);
        const { cards } = await mount(
          `<div id="app"><h1>Vite + Lit</h1>${as('compact', seed + full)}${as('poster', seed + full)}</div>`,
        );
        for (const card of cards) {
          expect(getComputedStyle(part(card, 'title')).textAlign).to.equal('start');
          expect(getComputedStyle(part(card, 'meta')).textAlign).to.equal('start');
          expect(overflow(card)).to.deep.equal([]);
          expect(badgeOnOneLine(card)).to.equal(true);
        }
      });
    }
  });

  // Korean is written with spaces between words, and breaks lines only there (word-break: keep-all),
  // as Korean sites set it; the reset of inherited text styles must not undo that.
  it('breaks Korean text between words only, on a Korean page and in a Korean original title', async () => {
    const korean = `<film-card film-title="기생충" synopsis="전원백수로 살 길 막막하지만 사이는 좋은 기택 가족. 장남 기우에게 명문대생 친구가 연결시켜 준 고액 과외 자리는 모처럼 싹튼 고정수입의 희망이다."></film-card>`;
    const { cards } = await mount(`<div lang="ko">${korean}</div>${full}`);
    const [card, english] = cards as [FilmCard, FilmCard];
    expect(getComputedStyle(card).wordBreak, 'the card on a Korean page').to.equal('keep-all');
    expect(getComputedStyle(part(card, 'synopsis')).wordBreak, 'a Korean synopsis').to.equal('keep-all');
    expect(getComputedStyle(part(english, 'synopsis')).wordBreak, 'an English synopsis').to.equal('normal');
    const original = part(english, 'original-title').querySelector('[lang="ko"]')!;
    expect(getComputedStyle(original).wordBreak, 'a Korean original title').to.equal('keep-all');
  });

  describe('hostile inherited text styles', () => {
    const hostile = `.hostile { text-align: center; text-align-last: justify; text-indent: 4em; text-transform: uppercase;
      font-style: italic; font-weight: 900; letter-spacing: 0.3em; word-spacing: 1em; white-space: nowrap;
      text-shadow: 2px 2px red; font-family: Georgia, serif; line-height: 3; hyphens: auto; word-break: break-all; }`;

    it('resets every inherited text property but the font family', async () => {
      style(hostile);
      const { card } = await mount(`<div class="hostile">${full}</div>`);
      const title = getComputedStyle(part(card, 'title'));
      const synopsis = getComputedStyle(part(card, 'synopsis'));
      for (const computed of [title, synopsis]) {
        expect(computed.textAlign).to.equal('start');
        expect(computed.textAlignLast).to.equal('auto');
        expect(computed.textIndent).to.equal('0px');
        expect(computed.textTransform).to.equal('none');
        expect(computed.fontStyle).to.equal('normal');
        expect(computed.letterSpacing).to.be.oneOf(['normal', '-0.24px']);
        expect(computed.wordSpacing).to.equal('0px');
        expect(computed.whiteSpace).to.equal('normal');
        expect(computed.textShadow).to.equal('none');
        expect(computed.fontFamily).to.contain('Georgia');
      }
      expect(synopsis.fontWeight).to.equal('400');
      expect(synopsis.letterSpacing).to.equal('normal');
      // The card's own line height, not the wrapper's 3.
      expect(parseFloat(synopsis.lineHeight) / parseFloat(synopsis.fontSize)).to.be.below(2);
      for (const computed of [getComputedStyle(card), title, synopsis]) {
        expect(computed.hyphens).to.equal('manual');
        expect(computed.wordBreak).to.equal('normal');
      }
    });

    // A vertical page lays the card out sideways as it lays out any horizontal box; inside, the
    // card reads across.
    it('writes horizontally inside a wrapper that writes vertically', async () => {
      const { card } = await mount(`<div style="writing-mode: vertical-rl">${full}</div>`);
      for (const el of [card, part(card, 'title'), part(card, 'synopsis')])
        expect(getComputedStyle(el).writingMode).to.equal('horizontal-tb');
    });

    for (const width of [280, 320]) {
      it(`does not push the page wider than a ${width} px screen from a nowrap wrapper`, async () => {
        await setViewport({ width, height: 800 });
        style(hostile);
        const { cards } = await mount(`<div class="hostile">${seed}${full}</div>`);
        for (const card of cards) expect(overflow(card)).to.deep.equal([]);
      });
    }
  });

  // Tabs, drawers and carousels hide panels with `visibility: hidden` and keep their layout.
  it("stays hidden inside a wrapper hidden by Bootstrap's invisible class, and shows when it is shown", async () => {
    await stylesheet(frameworks.bootstrap[0]);
    const { root, card } = await mount(`<div class="invisible">${seed}</div>`);
    const button = card.shadowRoot!.querySelector('button')!;
    for (const name of ['card', 'title', 'rating-badge']) {
      expect(getComputedStyle(part(card, name)).visibility, `${name}, hidden`).to.equal('hidden');
      expect(part(card, name).checkVisibility({ visibilityProperty: true }), `${name} seen`).to.equal(false);
    }
    button.focus();
    expect(card.shadowRoot!.activeElement, 'a hidden button took focus').to.equal(null);
    root.firstElementChild!.classList.remove('invisible');
    expect(getComputedStyle(part(card, 'title')).visibility, 'title, shown').to.equal('visible');
    button.focus();
    expect(card.shadowRoot!.activeElement, 'the button, shown').to.equal(button);
  });

  // What the page's wrapper says about interaction and paint is the page's, not a text style.
  it("keeps the page's cursor over a card in a clickable tile, and the card's own over its buttons", async () => {
    const { card } = await mount(`<div style="cursor: pointer">${seed}</div>`);
    expect(getComputedStyle(part(card, 'title')).cursor, 'title').to.equal('pointer');
    const { card: busy } = await mount(`<div style="cursor: wait">${seed}</div>`);
    expect(getComputedStyle(part(busy, 'meta')).cursor, 'meta on a busy page').to.equal('wait');
    expect(getComputedStyle(busy.shadowRoot!.querySelector('button')!).cursor, 'a button').to.equal(
      'pointer',
    );
  });

  it('shows its text inside a wrapper that paints gradient text (-webkit-text-fill-color: transparent)', async () => {
    const { card } = await mount(`<div style="-webkit-text-fill-color: transparent">${seed}</div>`);
    for (const name of ['title', 'meta', 'rating-badge']) {
      const computed = getComputedStyle(part(card, name));
      expect(computed.webkitTextFillColor, name).to.equal(computed.color);
    }
  });

  // A row of poster tiles that scrolls sideways (a streaming site's carousel) keeps what it clips.
  it('keeps a scrolling row of poster cards from widening the page on a 375 px phone', async () => {
    await setViewport({ width: 375, height: 800 });
    const tiles = Array.from(
      { length: 12 },
      () => `<div style="flex: none; width: 10rem">${as('poster', seed)}</div>`,
    );
    await mount(`<div style="display: flex; gap: 1rem; overflow-x: auto">${tiles.join('')}</div>`);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(innerWidth);
  });

  it('keeps a card whole in a two-column article, in one column', async () => {
    await setViewport({ width: 1280, height: 800 });
    // The card starts 1,300 px down a 1,600 px column, taller than what is left of it.
    const { root, card } = await mount(
      `<article style="columns: 2; column-fill: auto; height: 1600px; width: 60rem"><div style="height: 1300px"></div>${full}</article>`,
    );
    const frame = part(card, 'card');
    expect(frame.getBoundingClientRect().height, 'taller than the rest of the column').to.be.above(300);
    expect(frame.getClientRects().length, "the card's pieces").to.equal(1);
    const column = root.querySelector('article')!.getBoundingClientRect();
    expect(frame.getBoundingClientRect().width, 'within one column').to.be.below(column.width / 2);
  });

  // A blog's sticky header: the card is positioned (it holds its visually hidden text), so the
  // header needs a z-index to stay on top, as docs/styling.md says.
  it('scrolls under a sticky header that has a z-index, everywhere across the header', async () => {
    await setViewport({ width: 375, height: 600 });
    style('.sticky { position: sticky; top: 0; z-index: 1; height: 80px; background: rgb(1, 2, 3); }');
    const { root, card } = await mount(`<div class="sticky"></div>${full}<div style="height: 2000px"></div>`);
    root.scrollIntoView();
    scrollBy(0, card.getBoundingClientRect().top + 100);
    const box = card.getBoundingClientRect();
    expect(box.top, 'the card under the header').to.be.below(0);
    const seen = [];
    for (let x = box.left + 4; x < box.right; x += 24)
      for (const y of [10, 40, 70]) seen.push(document.elementFromPoint(x, y)?.className ?? '');
    expect(new Set(seen), 'what is seen at the header').to.deep.equal(new Set(['sticky']));
  });

  describe('focus rings', () => {
    const name = (element: Element) =>
      element.getAttribute('part') ||
      element.className ||
      `${element.parentElement?.getAttribute('part')} > ${element.localName}`;

    /** Each focusable piece whose ring (its outline, outside its box) a clipping ancestor cuts. */
    function clippedRings(card: FilmCard): string[] {
      const clipped: string[] = [];
      let rings = 0;
      for (const element of card.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button')) {
        if (!element.getClientRects().length) continue;
        element.focus();
        const ring = getComputedStyle(element);
        if (!element.matches(':focus-visible') || ring.outlineStyle === 'none') continue;
        rings++;
        const reach = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
        for (let box = element.parentElement; box; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const clip = box.getBoundingClientRect();
          for (const rect of element.getClientRects()) {
            const cut =
              rect.left - reach < clip.left - 0.5 ||
              rect.right + reach > clip.right + 0.5 ||
              rect.top - reach < clip.top - 0.5 ||
              rect.bottom + reach > clip.bottom + 0.5;
            if (cut) clipped.push(`${name(element)} in ${name(box)}`);
          }
        }
      }
      expect(rings, 'focus rings checked').to.be.above(2);
      return [...new Set(clipped)];
    }

    const film = {
      id: 'parasite-2019',
      title: 'Parasite',
      year: 2019,
      href: 'https://example.com/parasite',
      poster: { src: '/demo/posters/amelie.svg' },
      synopsis: 'A poor family schemes to become employed by a wealthy one. '.repeat(8),
      trailer: 'https://example.com/trailer',
      availability: [
        {
          region: 'GB',
          checkedAt: '2026-11-20',
          attribution: { name: 'JustWatch', href: 'https://www.justwatch.com' },
          offers: [
            { provider: 'StreamFlix', kind: 'stream', href: 'https://example.com/s', quality: '4K' },
            {
              provider: 'FilmBox',
              kind: 'rent',
              href: 'https://example.com/r',
              price: 3.49,
              currency: 'GBP',
            },
          ],
        },
      ],
    };

    for (const variant of variants)
      for (const width of [375, 1280])
        it(`draws every focus ring of a ${variant} card whole at ${width} px`, async () => {
          await setViewport({ width, height: 900 });
          const { card } = await mount(
            `<film-card variant="${variant}" film-title="Parasite" region="GB" lang="en"></film-card>`,
          );
          card.film = film;
          await card.updateComplete;
          expect(clippedRings(card)).to.deep.equal([]);
        });
  });

  describe('color scheme', () => {
    const declarations = ['normal', 'light', 'light dark', 'dark'] as const;
    for (const declared of declarations) {
      for (const reader of ['light', 'dark'] as const) {
        const dark = pageIsDark(declared, reader === 'dark');
        it(`a page declaring "${declared}" gets a ${dark ? 'dark' : 'light'} card for a ${reader} reader`, async () => {
          await emulateMedia({ colorScheme: reader });
          const { cards } = await mount(
            `<div style="color-scheme: ${declared}">${seed}<film-card theme="auto" film-title="Auto"></film-card>
            <film-card theme="light" film-title="Light"></film-card><film-card theme="dark" film-title="Dark"></film-card></div>`,
          );
          const [inherits, auto, light, darkCard] = cards.map((card) => luminance(card) < 0.2);
          expect(inherits, 'no theme: the page decides').to.equal(dark);
          expect(auto, 'theme="auto": the reader decides').to.equal(reader === 'dark');
          expect(light, 'theme="light"').to.equal(false);
          expect(darkCard, 'theme="dark"').to.equal(true);
        });
      }
    }
  });

  describe('grids and narrow cards', () => {
    it('lines up poster tiles of uneven content in a grid row', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { cards } =
        await mount(`<div style="display: grid; grid-template-columns: repeat(4, 1fr); gap: 1rem">
        <film-card variant="poster" film-id="a" film-title="A" year="2020" rating="7" votes="10" rating-source="imdb"></film-card>
        <film-card variant="poster" film-id="b" film-title="A very long title that goes on over several lines of the tile" year="2020"></film-card>
        <film-card variant="poster" film-id="c" film-title="C"></film-card>
        <film-card variant="poster" src="/demo/films/parasite.json" loading="eager"></film-card>
      </div>`);
      const boxes = cards.map((card) => part(card, 'card').getBoundingClientRect());
      const posters = cards.map((card) => part(card, 'poster').getBoundingClientRect());
      const buttons = cards.map((card) => part(card, 'watchlist').getBoundingClientRect());
      expect(new Set(boxes.map((box) => Math.round(box.height))).size, 'equal heights').to.equal(1);
      expect(new Set(posters.map((box) => Math.round(box.height))).size, 'equal posters').to.equal(1);
      expect(new Set(buttons.map((box) => Math.round(box.bottom))).size, 'buttons on one line').to.equal(1);
    });

    for (const variant of ['full', 'compact', 'poster']) {
      it(`keeps a ${variant} card inside a 280 px screen`, async () => {
        await setViewport({ width: 280, height: 800 });
        const { cards } =
          await mount(`<film-card variant="${variant}" src="/demo/films/parasite.json" loading="eager"></film-card>
          <film-card variant="${variant}" film-id="x" film-title="Little Pyongyang" rating="7.5" votes="39" rating-source="imdb"></film-card>`);
        for (const card of cards) expect(overflow(card)).to.deep.equal([]);
      });
    }

    it('shrinks the poster placeholder to a small tile on a narrow card', async () => {
      await setViewport({ width: 320, height: 800 });
      const { card } = await mount(seed);
      const placeholder = part(card, 'poster').getBoundingClientRect();
      expect(placeholder.height).to.be.at.most(48);
      expect(placeholder.width).to.be.at.most(48);
    });

    for (const width of [320, 1280])
      it(`keeps the README card's padding even when its film streams nowhere, at ${width} px`, async () => {
        await setViewport({ width, height: 800 });
        const { card } = await mount(`<div style="max-width: 42rem">${seed}</div>`);
        const frame = part(card, 'card').getBoundingClientRect();
        const poster = part(card, 'poster').getBoundingClientRect();
        const last = part(card, 'availability').getBoundingClientRect();
        const top = Math.min(poster.top, part(card, 'title').getBoundingClientRect().top) - frame.top;
        expect(frame.bottom - last.bottom, `bottom against top (${top} px)`).to.be.closeTo(top, 1.5);
      });

    it('puts where to watch beside the synopsis in a wide container', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { card } = await mount(`<div style="width: 60rem">${full}</div>`);
      const synopsis = part(card, 'synopsis').getBoundingClientRect();
      const availability = part(card, 'availability').getBoundingClientRect();
      expect(availability.left).to.be.greaterThan(synopsis.right);
      expect(availability.top).to.be.lessThan(synopsis.bottom);
    });

    for (const [variant, width] of [
      ['full', '60rem'],
      ['full', '20rem'],
      ['compact', '60rem'],
    ] as const) {
      it(`puts the footer's pieces under everything else, across the card, in a ${variant} card ${width} wide`, async () => {
        await setViewport({ width: 1280, height: 800 });
        const footer = `<p slot="footer" style="margin: 0">Reviewed by the editors</p><a slot="footer" href="https://example.com/review">Read the review</a>`;
        const { card } = await mount(
          `<div style="width: ${width}">${as(variant, full).replace('</film-card>', `${footer}</film-card>`)}</div>`,
        );
        const body = part(card, 'body').getBoundingClientRect();
        // Every box the card draws in its body (a compact row's poster is beside it) but those that hold the footer.
        const drawn = [...part(card, 'body').querySelectorAll('*')].filter(
          (element) =>
            element.getClientRects().length &&
            element.localName !== 'slot' &&
            !element.querySelector('slot[name="footer"]'),
        );
        const lowest = Math.max(...drawn.map((child) => child.getBoundingClientRect().bottom));
        const note = card.querySelector('p')!.getBoundingClientRect();
        const link = card.querySelector('a')!.getBoundingClientRect();
        expect(note.top, 'the note under what the card draws').to.be.at.least(lowest - 0.5);
        expect(link.top, 'the link under the note').to.be.at.least(note.bottom - 0.5);
        expect(note.width, "the note's width").to.be.closeTo(body.width, 1);
      });
    }

    it('keeps the watchlist button right under where to watch in a wide card, however long the details', async () => {
      await setViewport({ width: 1280, height: 800 });
      // One offer in the United States: where to watch is much shorter than the details beside it.
      const { card } = await mount(
        `<div style="width: 60rem">${full.replace('region="GB"', 'region="US"')}</div>`,
      );
      const availability = part(card, 'availability').getBoundingClientRect();
      const button = part(card, 'watchlist').getBoundingClientRect();
      const summary = card.shadowRoot!.querySelector('.summary')!.getBoundingClientRect();
      expect(summary.bottom, 'details taller than where to watch').to.be.greaterThan(
        availability.bottom + 48,
      );
      expect(button.top - availability.bottom, 'gap above the button, px').to.be.within(0, 24);
      expect(button.left, 'in the column of where to watch').to.be.at.least(availability.left);
    });

    it('puts focus in reading order in a wide card: down the details, then down where to watch', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { card } = await mount(`<div style="width: 60rem">${full}</div>`);
      const side = part(card, 'availability').getBoundingClientRect().left;
      // Everything Tab reaches, in the order it does (the document's, as nothing sets a tabindex).
      const stops = [...deep(card.shadowRoot!)].filter((element) => element.matches('a[href], button'));
      const places = stops.map((element) => {
        const box = element.getBoundingClientRect();
        return {
          name: element.getAttribute('part') ?? element.localName,
          column: box.left < side ? 1 : 2,
          top: box.top,
        };
      });
      const inReadingOrder = [...places].sort((a, b) => a.column - b.column || a.top - b.top);
      expect(places.map((place) => `${place.name} (column ${place.column})`)).to.deep.equal(
        inReadingOrder.map((place) => `${place.name} (column ${place.column})`),
      );
    });

    for (const dir of ['ltr', 'rtl'])
      it(`keeps a wide card's error in one column: Retry under the message, at its start (${dir})`, async () => {
        await setViewport({ width: 1280, height: 800 });
        const { card } = await mount(
          `<div style="width: 60rem" dir="${dir}"><film-card src="/api/status/503" loading="eager" lang="en"></film-card></div>`,
        );
        const message = part(card, 'error').querySelector('p')!.getBoundingClientRect();
        const retry = part(card, 'retry').getBoundingClientRect();
        expect(retry.top, 'Retry under the message').to.be.at.least(message.bottom);
        expect(retry.width, "Retry's width, px").to.be.below(200);
        const start = (box: DOMRect) => Math.round(dir === 'rtl' ? box.right : box.left);
        expect(start(retry), 'Retry starts where the message does').to.equal(start(message));
      });
  });
});
