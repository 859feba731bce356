/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import 'film-cards/film-card.js';
import bootstrap from 'bootstrap/dist/css/bootstrap.min.css?inline';
import water from 'water.css/out/water.min.css?inline';
import littlePyongyang from '../demo/films/little-pyongyang.json';
import parasite from '../demo/films/parasite.json';
import spiritedAway from '../demo/films/spirited-away.json';
import amelie from '../demo/films/amelie.json';

// The card where readers meet it: at phone to desktop widths, and inside the pages it has to fit
// (a centred app root, a light-only blog, a dark page, a CSS framework). The browser tests in
// test/host-page assert the same cases by geometry; these are for looking at them.

/** The seed film, as a blogger writes it: attributes, streaming nowhere. */
const seed = () => html`<film-card
  heading-level="2"
  film-id="little-pyongyang-2018"
  film-title="Little Pyongyang"
  year="2018"
  runtime="24"
  language="ko"
  genres="Documentary"
  rating="7.5"
  votes="39"
  rating-source="imdb"
  region="GB"
  offers="none"
  ><a href="https://www.imdb.com/find?q=Little%20Pyongyang">Little Pyongyang (2018)</a></film-card
>`;

const card = (film: unknown, variant = 'full') =>
  html`<film-card heading-level="2" variant=${variant} region="GB" .film=${film}></film-card>`;

/** Every variant, as a page at this width would hold it: two full cards, a list, a grid of tiles. */
const everyVariant = () => html`<div class="stack">
  ${seed()} ${card(parasite)}
  <div class="stack">${card(parasite, 'compact')} ${card(spiritedAway, 'compact')}</div>
  <div class="tiles">
    ${[littlePyongyang, parasite, spiritedAway, amelie].map((film) => card(film, 'poster'))}
  </div>
</div>`;

const layout = html`<style>
  .stack {
    display: grid;
    gap: 1rem;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: 1rem;
  }
  .screen {
    box-sizing: border-box;
    padding: 1rem;
    outline: 1px dashed color-mix(in srgb, currentColor 40%, transparent);
  }
</style>`;

const meta: Meta = {
  title: 'Host pages',
  // Framework stylesheets are global while their story shows: a docs page of all of them would mix them.
  tags: ['!autodocs'],
  // The toolbar's theme paints the page around the story; these pages bring their own, and the cards
  // in them take the page's color scheme (no theme attribute), as they do on a reader's page.
  parameters: { layout: 'fullscreen', storyContext: { themeElements: false } },
};
export default meta;

type Story = StoryObj;

/** A phone-sized screen of the given width, with every variant in it. */
const atWidth = (width: number): Story => ({
  name: `${width} px`,
  render: () => html`${layout}<div class="screen" style="width: ${width}px">${everyVariant()}</div>`,
});

export const Width280 = atWidth(280);
export const Width320 = atWidth(320);
export const Width375 = atWidth(375);
export const Width768 = atWidth(768);
export const Width1280 = atWidth(1280);

/**
 * The React and Vue app templates: a flex body and `#app { text-align: center }`. The card keeps
 * its text at the start and takes a readable width instead of shrinking to the heading's.
 */
export const CentredAppRoot: Story = {
  render: () => html`<style>
      .vite-body {
        display: flex;
        place-items: center;
        min-height: 100vh;
        font-family: Inter, system-ui, Avenir, Helvetica, Arial, sans-serif;
      }
      .vite-app {
        max-width: 1280px;
        margin: 0 auto;
        padding: 2rem;
        text-align: center;
      }
    </style>
    <div class="vite-body">
      <div class="vite-app">
        <h1>Vite + Lit</h1>
        ${card(parasite)}
        <p>Edit <code>src/my-element.ts</code> and save to test HMR</p>
      </div>
    </div>`,
};

/** A blog that is light only (`color-scheme: light`): the card stays light for a dark-system reader too. */
export const LightOnlyBlog: Story = {
  render: () => html`<style>
      .light-blog {
        color-scheme: light;
        max-width: 40rem;
        margin: 0 auto;
        padding: 2rem 1rem;
        background: #fffdf8;
        color: #2b2b2b;
        font: 1.0625rem/1.7 Georgia, 'Times New Roman', serif;
      }
    </style>
    <article class="light-blog">
      <h1>Small films about big places</h1>
      <p>
        New Malden has the largest North Korean community in Europe. This short documentary spends a
        day there:
      </p>
      ${seed()}
      <p>The card takes the blog's serif, and nothing else of its text styles.</p>
    </article>`,
};

/** A dark page (`color-scheme: dark`): the card is dark for every reader. */
export const DarkPage: Story = {
  render: () => html`<style>
      .dark-page {
        color-scheme: dark;
        padding: 2rem 1rem;
        background: #0f1115;
        color: #e8e8ea;
      }
    </style>
    <div class="dark-page">${layout}<div class="stack" style="max-width: 48rem">${seed()} ${card(parasite)}</div></div>`,
};

/** A page that declares `light dark`: the card follows the reader, as the toolbar's theme shows. */
export const LightAndDarkPage: Story = {
  render: () => html`<style>
      .both-page {
        color-scheme: light dark;
        padding: 2rem 1rem;
        background: Canvas;
        color: CanvasText;
      }
    </style>
    <div class="both-page">${seed()}</div>`,
};

/** Hostile inherited text styles on a wrapper: centred, indented, upper case, italic, letter-spaced, nowrap. */
export const HostileTextStyles: Story = {
  render: () => html`<style>
      .hostile {
        padding: 1rem;
        text-align: center;
        text-indent: 4em;
        text-transform: uppercase;
        font-style: italic;
        font-weight: 900;
        letter-spacing: 0.3em;
        word-spacing: 1em;
        white-space: nowrap;
        line-height: 3;
      }
    </style>
    <div class="hostile">A wrapper with every text style a card should not inherit: ${card(parasite)}</div>`,
};

const framework = (css: string, content: () => TemplateResult): Story => ({
  render: () => html`${unsafeHTML(`<style>${css}</style>`)}${content()}`,
});

/**
 * Bootstrap 5 as published, in its `.container`. Its default theme is light and declares no
 * `color-scheme` (only `data-bs-theme="dark"` does), so the card is light, whatever the toolbar says.
 */
export const Bootstrap = framework(
  bootstrap,
  () => html`<main class="container py-4" style="color-scheme: normal; background: var(--bs-body-bg); color: var(--bs-body-color)">
    <h1 class="h3">Tonight's pick</h1>
    <div class="row g-3">
      <div class="col-md-8">${card(parasite)}</div>
      <div class="col-md-4">${card(spiritedAway, 'poster')}</div>
    </div>
  </main>`,
);

/**
 * water.css, a classless blog stylesheet. It turns dark by `prefers-color-scheme` without declaring
 * `color-scheme`, so the blog adds the one line that says so (`color-scheme: light dark`) and the
 * card follows the reader with it. Without that line the card would stay light on water.css's dark page.
 */
export const ClasslessBlog = framework(
  water,
  () => html`<article style="color-scheme: light dark; padding: 1rem; background: var(--background-body); color: var(--text-main)">
    <h1>Films I watched this week</h1>
    <p>A short one first, then a long one.</p>
    ${seed()} ${card(parasite)}
  </article>`,
);
