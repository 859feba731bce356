// The README's blogger snippet reserves the card's height before the script arrives, so that the
// article below it does not jump when the card is drawn. The snippet runs here as written, in a
// plain page at phone and desktop widths: the element before its definition (the script left
// out) must be as tall as the card drawn by the bundle, within a line of text.
import { expect } from '@open-wc/testing';
import { bloggerSnippet } from '../../scripts/readme-snippet.mjs';

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

async function readmeSnippet(): Promise<string> {
  return bloggerSnippet(await (await fetch('/README.md')).text());
}

/** The snippet in a page of the given width; resolves with the card's height once `ready` holds. */
async function cardHeight(
  snippet: string,
  { width, column }: (typeof PAGES)[number],
  withScript: boolean,
): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const body = snippet.replace(
    /<script type="module" src="[^"]*"><\/script>/,
    withScript ? `<script type="module" src="${BASE}film-cards.js"></script>` : '',
  );
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><style>${column}</style></head>
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
  return card.getBoundingClientRect().height;
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
});
