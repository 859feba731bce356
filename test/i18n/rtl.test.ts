import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/rating-badge/define.js';
import '../../src/watch-availability/define.js';
import { settle } from '../hardening/helpers.js';

// Right-to-left pages (Hebrew, Arabic, Persian) get the same card, mirrored: pieces in reading
// order from the right, insets equal on the mirrored side, and Latin titles that keep their
// punctuation where it belongs. Measured by geometry in a real browser.

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const shadow = (el: Element) => el.shadowRoot!;

/** The gap between `inner` and the start edge of `outer`, in the direction of the page. */
function startInset(outer: Element, inner: Element, rtl: boolean): number {
  const [a, b] = [outer.getBoundingClientRect(), inner.getBoundingClientRect()];
  return Math.round(rtl ? a.right - b.right : b.left - a.left);
}

/** The gap between `inner` and the end edge of `outer`, in the direction of the page. */
function endInset(outer: Element, inner: Element, rtl: boolean): number {
  const [a, b] = [outer.getBoundingClientRect(), inner.getBoundingClientRect()];
  return Math.round(rtl ? b.left - a.left : a.right - b.right);
}

describe('right to left', () => {
  for (const lang of ['he', 'ar', 'fa'])
    it(`a rating badge reads source, stars, score, votes from the right; the score "8.5 /10" left to right (lang="${lang}")`, async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang=${lang} style="width: 600px">
        <rating-badge value="7.7" votes="123456" source="imdb"></rating-badge>
      </div>`);
      await settle([wrapper]);
      const badge = wrapper.querySelector('rating-badge')!;
      const box = (name: string) => shadow(badge).querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
      const [source, stars, value, scale, votes] = [
        box('source'),
        box('stars'),
        box('value'),
        box('scale'),
        box('votes'),
      ];
      // A score and its scale are one number, written left to right in these languages too.
      const score = Math.max(value.right, scale.right);
      const rights = [source.right, stars.right, score, votes.right].map(Math.round);
      expect(rights, 'right edges, in reading order').to.deep.equal([...rights].sort((a, b) => b - a));
      expect(new Set(rights).size, 'each piece in its own place').to.equal(4);
      expect(value.right, 'the score left of its scale').to.be.at.most(scale.left + 0.5);
    });

  it('a compact card has the same insets mirrored', async () => {
    const insets = [];
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture(html`<div dir=${dir} style="width: 500px">
        <film-card variant="compact" film-id="p" film-title="Parasite" year="2019" lang="en"></film-card>
      </div>`);
      await settle([wrapper]);
      const card = shadow(wrapper.querySelector('film-card')!);
      const box = card.querySelector('[part~="card"]')!;
      const rtl = dir === 'rtl';
      insets.push([
        startInset(box, card.querySelector('[part~="poster"]')!, rtl),
        endInset(box, card.querySelector('[part~="watchlist"]')!, rtl),
      ]);
    }
    expect(insets[1], 'rtl against ltr').to.deep.equal(insets[0]);
  });

  it('an offer and the notify button have the same insets mirrored', async () => {
    const offer = [
      { provider: 'FilmBox', kind: 'rent', price: 3.49, currency: 'GBP', href: 'https://example.com/' },
    ];
    const insets = [];
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture(html`<div dir=${dir} lang="en" style="width: 500px">
        <watch-availability region="GB" .offers=${offer}></watch-availability>
        <watch-availability region="GB" film-id="p" film-title="Parasite"></watch-availability>
      </div>`);
      await settle([wrapper]);
      const [offers, empty] = [...wrapper.querySelectorAll('watch-availability')].map(shadow);
      const pill = offers!.querySelector('[part~="offer"]')!;
      const notify = empty!.querySelector('[part~="notify"]')!;
      const rtl = dir === 'rtl';
      insets.push([
        startInset(pill, pill.querySelector('[part~="monogram"], [part~="logo"]')!, rtl),
        endInset(pill, pill.querySelector('[part~="price"]')!, rtl),
        startInset(notify, notify.querySelector('svg')!, rtl),
      ]);
    }
    expect(insets[1], 'rtl against ltr').to.deep.equal(insets[0]);
  });

  it('a title takes its own direction: a Latin title keeps its "?" at the end on a right-to-left page', async () => {
    const wrapper = await fixture(html`<div>
      <div dir="rtl" lang="ar"><film-card film-title="Who Framed Roger Rabbit?"></film-card></div>
      <div dir="ltr" lang="en"><film-card film-title="من قتل؟" href="https://example.com/"></film-card></div>
    </div>`);
    await settle([wrapper]);
    const directions = [...wrapper.querySelectorAll('film-card')].map((card) => {
      const title = shadow(card).querySelector('[part~="title"]')!;
      return [
        getComputedStyle(title).direction,
        getComputedStyle(title.querySelector('[dir="auto"]')!).direction,
      ];
    });
    expect(directions, 'the heading follows the page; its text, its own script').to.deep.equal([
      ['rtl', 'ltr'],
      ['ltr', 'rtl'],
    ]);
  });
});

/**
 * Whether the element's text shows in left-to-right order: its first character left of its last.
 * On a right-to-left page, English (a film's synopsis, or the English words used where the page's
 * language has no messages) flips its edge punctuation when it takes the page's direction: "+2 more"
 * shows as "more 2+", "Could not load this film." as ".Could not load this film".
 */
function readsLeftToRight(element: Element): boolean {
  const text = element.textContent.trim();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode())
    if ((walker.currentNode as Text).data.trim()) nodes.push(walker.currentNode as Text);
  const first = nodes[0]!;
  const last = nodes.at(-1)!;
  const start = first.data.indexOf(text[0]!);
  const end = last.data.lastIndexOf(text.at(-1)!);
  return leftOf(first, start) < leftOf(last, end);
}

/** Where a character of a text node is shown: its left edge. */
function leftOf(node: Text, index: number): number {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect().left;
}

/** Which way `text`, found in one text node inside `element`, is shown: its first character left of its last, or right. */
function shownInOrder(element: Element, text: string): 'left to right' | 'right to left' {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    return leftOf(node, at) < leftOf(node, at + text.length - 1) ? 'left to right' : 'right to left';
  }
  throw new Error(`"${text}" is not in one text node of the element`);
}

describe('left-to-right text on a right-to-left page', () => {
  const buy = ['Apple TV+', 'FilmBox', 'Cinema Shop', 'Rakuten', 'Sky Store', 'Chili'].map((provider) => ({
    provider,
    kind: 'buy',
    quality: 'HDR10+',
    price: 7.99,
    currency: 'GBP',
  }));

  it('keeps its own order: offers, "+2 more", the check date and the source', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="he" style="width: 600px">
      <watch-availability
        region="GB"
        .availability=${[{ region: 'GB', offers: buy, checkedAt: '2026-11-20', attribution: { name: 'Sample data.' } }]}
      ></watch-availability>
    </div>`);
    await settle([wrapper]);
    const root = shadow(wrapper.querySelector('watch-availability')!);
    const pieces = {
      provider: root.querySelector('[part~="provider"]')!,
      quality: root.querySelector('[part~="quality"]')!,
      more: root.querySelector('[part~="more"]')!,
      checked: root.querySelector('[part~="provenance"] time')!,
      source: root.querySelector('[part~="provenance"] span')!,
    };
    // The Hebrew date inside the English sentence reads as Hebrew does, from the right.
    const date = new Intl.DateTimeFormat('he', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date('2026-11-20'),
    );
    expect(shownInOrder(pieces.checked, date), `"${date}" from the right`).to.equal('right to left');
    expect(pieces.more.textContent.trim()).to.equal('+2 more');
    const flipped = Object.entries(pieces)
      .filter(([, element]) => !readsLeftToRight(element))
      .map(([name, element]) => `${name}: ${element.textContent.trim()}`);
    expect(flipped).to.deep.equal([]);
  });

  it("keeps its own order: a card's synopsis and its error", async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="he" style="width: 600px">
      <film-card .film=${{ title: 'Parasite', synopsis: 'A family of four, all unemployed.' }}></film-card>
      <film-card src="/api/status/503" loading="eager"></film-card>
    </div>`);
    const [film, failed] = [...wrapper.querySelectorAll('film-card')];
    await waitUntil(() => shadow(failed!).querySelector('[part~="error"] p'), 'the error', { timeout: 5000 });
    await settle([wrapper]);
    const synopsis = shadow(film!).querySelector('[part~="synopsis"]')!;
    const error = shadow(failed!).querySelector('[part~="error"] p')!;
    expect(error.textContent.trim()).to.equal('Could not load this film.');
    expect([readsLeftToRight(synopsis), readsLeftToRight(error)], 'synopsis, error').to.deep.equal([
      true,
      true,
    ]);
  });
});

describe('one vote', () => {
  for (const [lang, expected] of [
    ['es', 'Valorada con 7 de 10 por 1 usuario de IMDb'],
    ['fr', 'Noté 7 sur 10 par 1 utilisateur IMDb'],
    ['de', 'Bewertet mit 7 von 10 durch 1 IMDb-Nutzer'],
  ] as const)
    it(`is singular in the badge's spoken sentence (lang="${lang}")`, async () => {
      const badge = await fixture<Updatable>(
        html`<rating-badge lang=${lang} value="7" votes="1" source="imdb" few-votes="0"></rating-badge>`,
      );
      await badge.updateComplete;
      expect(shadow(badge).querySelector('[part~="badge"]')!.getAttribute('aria-label')).to.equal(expected);
    });
});

describe('the year', () => {
  it("is written in the page's digits, like the card's other numbers", async () => {
    const wrapper = await fixture(html`<div>
      <film-card lang="ar-EG" film-title="Parasite" year="2019" runtime="132"></film-card>
      <film-card lang="en" film-title="Parasite" year="2019" runtime="132"></film-card>
    </div>`);
    await settle([wrapper]);
    const years = [...wrapper.querySelectorAll('film-card')].map(
      (card) => shadow(card).querySelector('[part~="meta"] li')!.textContent,
    );
    expect(years).to.deep.equal([
      new Intl.NumberFormat('ar-EG', { useGrouping: false }).format(2019),
      '2019',
    ]);
  });
});
