// The README's blogger snippet shows the film before the script arrives, and keeps the article
// below it from jumping when the card is drawn. The snippet runs here as written, in a plain page
// at phone and desktop widths: the element before its definition (the script left out) must be as
// tall as the card drawn by the bundle, within a line of text, and show the film's title in the
// card's frame, where and as the drawn card shows it.
import { expect } from '@open-wc/testing';
import { snippet as makerSnippet } from '../../demo/maker/outputs.js';
import { bloggerSnippet } from '../../scripts/readme-snippet.mjs';
import type { Film } from '../../src/elements.js';
import { frameOf, placeIn } from '../helpers/layout.js';

const BASE = '/cdn/film-cards@0.1.0/dist/';
/** How far the reserved height may be from the drawn card: text wraps differently at each width. */
const TOLERANCE = 24;
/** Page widths; a blog's article column on a wide screen (the card's height changes past 48rem). */
const PAGES = [
  { width: 280, column: '' },
  { width: 320, column: '' },
  { width: 360, column: '' },
  { width: 390, column: '' },
  { width: 412, column: '' },
  { width: 768, column: '' },
  { width: 1280, column: 'body { max-width: 42rem; margin: 2rem auto; }' },
];

type Scheme = 'light' | 'dark';

async function readmeSnippet(): Promise<string> {
  return bloggerSnippet(await (await fetch('/README.md')).text());
}

/** The snippet in a page of the given width; resolves with its card once drawn, or at once without the script. */
async function openSnippet(
  snippet: string,
  { width, column }: (typeof PAGES)[number],
  withScript: boolean,
  scheme: Scheme = 'light',
): Promise<HTMLElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const body = snippet.replace(
    /<script type="module" src="[^"]*"><\/script>/,
    withScript ? `<script type="module" src="${BASE}film-cards.js"></script>` : '',
  );
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><style>:root { color-scheme: ${scheme}; } ${column}</style></head>
    <body><h1>A post</h1><p>Before the card.</p>${body}<p>After the card.</p></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const card = win.document.querySelector('film-card')!;
  if (withScript) {
    await win.customElements.whenDefined('film-card');
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim()).to.equal(
      'Little Pyongyang',
    );
  } else expect(win.customElements.get('film-card')).to.equal(undefined);
  return card;
}

async function cardHeight(snippet: string, page: (typeof PAGES)[number], withScript: boolean) {
  return (await openSnippet(snippet, page, withScript)).getBoundingClientRect().height;
}

describe("README's blogger snippet", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const page of PAGES)
    it(`reserves the drawn card's height, within ${TOLERANCE}px, in a ${page.width}px page${page.column ? ' with a 42rem column' : ''}`, async () => {
      const snippet = await readmeSnippet();
      const reserved = await cardHeight(snippet, page, false);
      const drawn = await cardHeight(snippet, page, true);
      expect(Math.abs(reserved - drawn), `reserved ${reserved}px, drawn ${drawn}px`).to.be.at.most(TOLERANCE);
    });

  for (const scheme of ['light', 'dark'] as const)
    for (const page of PAGES.filter(({ width }) => [280, 412, 1280].includes(width)))
      it(`shows the film's title and facts in the card's frame before the script, where the drawn card puts them (${scheme}, ${page.width}px)`, async () => {
        const snippet = await readmeSnippet();
        const waiting = await openSnippet(snippet, page, false, scheme);
        const drawn = await openSnippet(snippet, page, true, scheme);
        const title = waiting.querySelector(':scope > a');
        const facts = waiting.querySelector(':scope > p');
        expect(title?.textContent, 'the title, linked').to.equal('Little Pyongyang');
        expect(facts?.textContent).to.match(/^2018 · 24 min · Documentary/);
        const card = drawn.shadowRoot!.querySelector('[part~="card"]')!;
        const drawnTitle = drawn.shadowRoot!.querySelector('[part~="title"] > :is(a, span)')!;
        const drawnFacts = drawn.shadowRoot!.querySelector('[part~="meta"] li')!;
        expect(frameOf(waiting), 'the frame').to.deep.equal(frameOf(card));
        const [before, after] = [placeIn(title!, waiting), placeIn(drawnTitle, drawn)];
        expect(before.font, 'the title font').to.equal(after.font);
        expect(before.color, 'the title color').to.equal(after.color);
        expect(Math.abs(before.left - after.left), `title left ${before.left} → ${after.left}`).to.be.at.most(
          2,
        );
        expect(Math.abs(before.top - after.top), `title top ${before.top} → ${after.top}`).to.be.at.most(4);
        const [factsBefore, factsAfter] = [placeIn(facts!, waiting), placeIn(drawnFacts, drawn)];
        expect(factsBefore.font, 'the facts font').to.equal(factsAfter.font);
        expect(factsBefore.color, 'the facts color').to.equal(factsAfter.color);
        expect(Math.abs(factsBefore.left - factsAfter.left), 'facts left').to.be.at.most(2);
        expect(
          Math.abs(factsBefore.top - factsAfter.top),
          `facts top ${factsBefore.top} → ${factsAfter.top}`,
        ).to.be.at.most(4);
      });

  it("is what the card maker writes for the same film, with the maker's measured heights", async () => {
    const readme = await readmeSnippet();
    const film: Film = {
      id: 'little-pyongyang-2018',
      title: 'Little Pyongyang',
      year: 2018,
      runtime: 24,
      language: 'ko',
      genres: ['Documentary'],
      ratings: [{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }],
      href: 'https://www.imdb.com/find?q=Little%20Pyongyang',
      availability: [{ region: 'GB', offers: [] }],
    };
    const heights = [...readme.matchAll(/min-height: ([\d.]+)rem/g)].map((match) => Number(match[1]));
    expect(heights, 'a height for the column, a phone and a narrow phone').to.have.length(3);
    const [column, phone, narrow] = heights as [number, number, number];
    const written = makerSnippet(
      film,
      {
        variant: 'full',
        theme: '',
        region: 'GB',
        lang: '',
        watchlist: true,
        jsonLd: false,
        script: 'film-cards.js',
        staticScript: false,
      },
      { column, phone, narrow },
    );
    // One film on the README's page: its style need not be scoped to the film's id.
    expect(readme).to.equal(written.replaceAll(`[film-id="${film.id}"]`, ''));
  });
});
