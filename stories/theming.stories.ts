import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import 'film-cards/film-card.js';
import 'film-cards/rating-badge.js';
import 'film-cards/watch-availability.js';
import 'film-cards/watchlist-button.js';
import type { Film } from 'film-cards';
import { element } from '../.storybook/manifest';
import parasite from '../demo/films/parasite.json';

/**
 * What each element shows while its tokens are edited: enough states that every token is visible
 * somewhere (the hint needs few votes, the empty stars a middling score, a card with offers and
 * one streaming nowhere). To theme another element, import it above and add it here; its tokens
 * come from its class JSDoc through the manifest.
 */
const samples: Record<string, () => TemplateResult> = {
  'rating-badge': () => html`
    <rating-badge value="8.1" votes="1234567" source="imdb"></rating-badge>
    <rating-badge value="7.5" votes="39" source="imdb"></rating-badge>
    <rating-badge value="3.1" votes="52000" source="letterboxd"></rating-badge>
    <rating-badge value="92" votes="310" source="rotten-tomatoes"></rating-badge>
    <rating-badge source="tmdb"></rating-badge>
  `,
  'watchlist-button': () => html`
    <watchlist-button film-id="theming-a" film-title="Parasite"></watchlist-button>
    <watchlist-button film-id="theming-b" film-title="Parasite" in-watchlist></watchlist-button>
  `,
  'watch-availability': () => html`
    <watch-availability region="GB" film-id="theming-c" film-title="Parasite" .availability=${(parasite as Film).availability}></watch-availability>
  `,
  'film-card': () => html`
    <film-card region="GB" .film=${parasite}></film-card>
    <film-card film-id="little-pyongyang-2018" film-title="Little Pyongyang" year="2018" runtime="24" language="ko"
      genres="Documentary" rating="7.5" votes="39" rating-source="imdb" region="GB" offers="none"></film-card>
  `,
};

const tokens = Object.keys(samples).flatMap((tag) =>
  (element(tag)?.cssProperties ?? []).map((token) => ({ ...token, tag })),
);

type Args = Record<string, string | undefined>;

/**
 * The edited tokens as the CSS a designer would hand over: one rule for the whole site, since every
 * element reads its tokens from :root (or any wrapper), inside a card as well as on its own.
 */
function stylesheet(args: Args, selector = ':root'): string {
  const declarations = tokens
    .filter((token) => args[token.name])
    .map((token) => `  ${token.name}: ${args[token.name]};`);
  return declarations.length ? `${selector} {\n${declarations.join('\n')}\n}` : '';
}

const meta: Meta<Args> = {
  title: 'Theming/Custom properties',
  parameters: {
    docs: {
      // What to copy from this story is the stylesheet, not the samples.
      source: {
        language: 'css',
        transform: (_code: string, { args }: { args: Args }) =>
          stylesheet(args) || '/* No token edited yet. */',
      },
      description: {
        component:
          'Every element is restyled through CSS custom properties (tokens). Edit a token in Controls and the samples change at once; the CSS under them is what to put in your own stylesheet. A token left empty keeps the default shown in its row.',
      },
    },
  },
  // One control per documented token, so a token added to an element's JSDoc appears here unasked.
  argTypes: Object.fromEntries(
    tokens.map((token) => [
      token.name,
      {
        name: token.name,
        description: token.description,
        control: /color|background/.test(token.name) ? { type: 'color' } : { type: 'text' },
        table: { category: token.tag, defaultValue: { summary: token.default } },
      },
    ]),
  ),
  render: (args, { id }) => {
    const css = stylesheet(args);
    // The story applies the rule to a wrapper, not :root, to keep one story's tokens off the others
    // when the docs page shows them together.
    const scope = `theming-${id}`;
    return html`
      <style .textContent=${stylesheet(args, `.${scope}`)}></style>
      <div class=${scope} style="display: grid; gap: 2rem">
        ${Object.values(samples).map(
          (sample) =>
            html`<div style="display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center">${sample()}</div>`,
        )}
      </div>
      <pre style="margin-block-start: 1.5rem"><code>${css || '/* Edit a token in Controls: its CSS appears here. */'}</code></pre>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every element with its defaults: the starting point for editing tokens. */
export const Playground: Story = {};

/** A brand's colors: a dark pill with a green star meter. */
export const BrandColors: Story = {
  args: {
    '--rating-badge-background': '#0d253f',
    '--rating-badge-color': '#ffffff',
    '--rating-badge-muted-color': '#c9e4f5',
    '--rating-badge-star-color': '#01d277',
    '--rating-badge-star-empty-color': '#4a6378',
    '--rating-badge-padding': '0.3em 0.6em',
    '--rating-badge-radius': '999px',
  },
};

/** Larger and heavier, for a hero section or readers who zoom. */
export const Large: Story = {
  args: {
    '--rating-badge-font-size': '1.5em',
    '--rating-badge-gap': '0.5em',
    '--rating-badge-source-weight': '800',
  },
};

/** Square, boxed and quiet, to sit in a table of scores. */
export const Boxed: Story = {
  args: {
    '--rating-badge-background': '#f1f3f4',
    '--rating-badge-color': '#202124',
    '--rating-badge-muted-color': '#5f6368',
    '--rating-badge-star-color': '#202124',
    '--rating-badge-star-empty-color': '#c4c7c5',
    '--rating-badge-padding': '0.2em 0.5em',
    '--rating-badge-radius': '0',
    '--rating-badge-source-weight': '600',
  },
};

/** An editorial look: a serif title, square corners and the site's red, set once for every card. */
export const Editorial: Story = {
  args: {
    '--film-card-accent-color': 'light-dark(#b3261e, #f2b8b5)',
    '--film-card-radius': '0',
    '--film-card-poster-radius': '0',
    '--film-card-title-font-family': 'Georgia, serif',
    '--rating-badge-star-color': 'light-dark(#b3261e, #f2b8b5)',
  },
};
