// The README's blogger snippet shows the film before the script arrives, and keeps the article
// below it from jumping when the card is drawn. The snippet runs here as written, in a plain page
// at phone and desktop widths: the element before its definition (the script left out) must be as
// tall as the card drawn by the bundle, within a line of text, and show the film's title in the
// card's frame, where and as the drawn card shows it.
import { expect } from '@open-wc/testing';
import {
  snippet as makerSnippet,
  phoneSizes,
  reservedWidths,
  type ReservedHeight,
} from '../../demo/maker/outputs.js';
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

async function readmeSnippet(): Promise<string> {
  return bloggerSnippet(await (await fetch('/README.md')).text());
}

/** The page around the snippet: its color scheme, a CSS framework, its direction. */
interface Host {
  scheme?: 'light' | 'dark';
  stylesheet?: string;
  rtl?: boolean;
  /** The page's own rules, as a blog theme writes them. */
  css?: string;
}

/** The snippet in a page of the given width; resolves with its card once drawn, or at once without the script. */
async function openSnippet(
  snippet: string,
  { width, column }: (typeof PAGES)[number],
  withScript: boolean,
  { scheme = 'light', stylesheet, rtl = false, css = '' }: Host = {},
): Promise<HTMLElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const body = snippet.replace(
    /<script type="module" src="[^"]*"><\/script>/,
    withScript ? `<script type="module" src="${BASE}film-cards.js"></script>` : '',
  );
  const link = stylesheet ? `<link rel="stylesheet" href="${stylesheet}" />` : '';
  frame.srcdoc = `<!doctype html><html ${rtl ? 'lang="he" dir="rtl"' : 'lang="en"'}><head><meta charset="utf-8" />${link}<style>:root { color-scheme: ${scheme}; } ${column} ${css}</style></head>
    <body><h1>A post</h1><p>Before the card.</p>${body}<p>After the card.</p></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  if (stylesheet)
    expect(win.document.styleSheets[0]?.cssRules.length, `${stylesheet} loaded`).to.be.above(10);
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

  const pageOf = (width: number) => PAGES.find((page) => page.width === width)!;
  const frameworks = {
    Bootstrap: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
    'Tailwind preflight': '/node_modules/tailwindcss/preflight.css',
    Pico: '/node_modules/@picocss/pico/css/pico.min.css',
    'water.css': '/node_modules/water.css/out/water.min.css',
  };
  const hosts: [string, number, Host][] = [
    ...(['light', 'dark'] as const).flatMap((scheme) =>
      [280, 412, 1280].map((width): [string, number, Host] => [`a ${scheme} page`, width, { scheme }]),
    ),
    ...Object.entries(frameworks).flatMap(([name, stylesheet]) =>
      [320, 1280].map((width): [string, number, Host] => [name, width, { stylesheet }]),
    ),
    ['a right-to-left page', 412, { rtl: true }],
    ['a right-to-left page', 1280, { rtl: true }],
    [
      "a page that sets the card's colors and corners",
      412,
      {
        css: ':root { --film-card-background: #fdf6e3; --film-card-color: #073642; --film-card-muted-color: #586e75; --film-card-border-color: #93a1a1; --film-card-border-width: 2px; --film-card-radius: 0; --film-card-shadow: none; }',
      },
    ],
    ...[412, 1280].map((width): [string, number, Host] => [
      'a theme that centres its post in a flex column',
      width,
      { css: 'body { display: flex; flex-direction: column; align-items: center; }' },
    ]),
    [
      'a theme that styles its article text',
      360,
      {
        css: 'body { text-align: justify; text-indent: 2em; letter-spacing: .05em; word-spacing: .2em; text-transform: uppercase; font-style: italic; font-weight: 300; }',
      },
    ],
  ];
  for (const [name, width, host] of hosts)
    it(`shows the film's title and facts in the card's frame before the script, where the drawn card puts them (${name}, ${width}px)`, async () => {
      const snippet = await readmeSnippet();
      const waiting = await openSnippet(snippet, pageOf(width), false, host);
      const drawn = await openSnippet(snippet, pageOf(width), true, host);
      const title = waiting.querySelector(':scope > a');
      const facts = waiting.querySelector(':scope > span');
      expect(title?.textContent, 'the title, linked').to.equal('Little Pyongyang');
      expect(facts?.textContent).to.match(/^2018 · 24 min · Documentary/);
      const card = drawn.shadowRoot!.querySelector('[part~="card"]')!;
      expect(frameOf(waiting), 'the frame').to.deep.equal(frameOf(card));
      const start = host.rtl ? 'right' : 'left';
      const pairs = [
        ['title', title!, drawn.shadowRoot!.querySelector('[part~="title"] > :is(a, span)')!],
        ['first fact', facts!.querySelector('bdi')!, drawn.shadowRoot!.querySelector('[part~="meta"] li')!],
      ] as const;
      for (const [text, early, late] of pairs) {
        const [before, after] = [placeIn(early, waiting), placeIn(late, drawn)];
        expect(before.font, `the ${text} font`).to.equal(after.font);
        expect(before.color, `the ${text} color`).to.equal(after.color);
        expect(
          Math.abs(before[start] - after[start]),
          `${text} ${start} ${before[start]} → ${after[start]}`,
        ).to.be.at.most(2);
        expect(Math.abs(before.top - after.top), `${text} top ${before.top} → ${after.top}`).to.be.at.most(4);
      }
    });

  it('is what the card maker writes for the same film, given the heights the README reserves', async () => {
    const readme = await readmeSnippet();
    // The README's seed card, as the bench renders it too.
    const film = (await (await fetch('/bench/fixtures/seed-film.json')).json()) as Film;
    // The heights the README reserves, by the page widths they apply up to (a width the README
    // leaves out keeps the height of the next wider one).
    const column = Number(/min-height: ([\d.]+)rem; animation/.exec(readme)?.[1]);
    const upTo = new Map(
      [...readme.matchAll(/@media \(max-width: ([\d.]+)rem\) \{[^}]*min-height: ([\d.]+)rem/g)].map(
        (match) => [Number(match[1]), Number(match[2])],
      ),
    );
    const heights = { column } as ReservedHeight;
    let previous = column;
    for (const size of phoneSizes) previous = heights[size] = upTo.get(reservedWidths[size].page) ?? previous;
    expect(column, 'the column height').to.be.above(0);
    const written = makerSnippet(
      film,
      {
        variant: 'full',
        theme: '',
        region: 'GB',
        lang: '',
        watchlist: true,
        jsonLd: false,
        script: '/film-cards/film-cards.js',
        staticScript: false,
      },
      heights,
    );
    // One film on the README's page: its style need not be scoped to the film's id.
    expect(readme).to.equal(written.replaceAll(`[film-id="${film.id}"]`, ''));
  });

  it('gives the reserved space back when the script has not come in 10 s, with the title and facts still in the frame', async () => {
    const waiting = await openSnippet(await readmeSnippet(), pageOf(412), false);
    const reserved = waiting.getBoundingClientRect().height;
    const [release] = waiting.getAnimations();
    expect(release, 'a release animation').to.not.equal(undefined);
    expect(reserved, 'the space reserved meanwhile').to.be.above(250);
    release!.currentTime = 10_000;
    const released = waiting.getBoundingClientRect().height;
    const frame = waiting.getBoundingClientRect();
    expect(released, `${reserved}px → ${released}px`).to.be.below(reserved / 2);
    for (const text of waiting.querySelectorAll(':scope > a, :scope > span')) {
      const box = text.getBoundingClientRect();
      expect(box.height, `${text.localName} shown`).to.be.above(0);
      expect(Math.round(frame.bottom), `${text.localName} inside the frame`).to.be.above(
        Math.round(box.bottom),
      );
    }
  });
});
