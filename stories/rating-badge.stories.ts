import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import 'film-cards/rating-badge.js';

type Args = {
  value?: number | string;
  max?: number;
  votes?: number;
  source?: string;
  fewVotes?: number;
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/rating-badge',
  component: 'rating-badge',
  // Only the attributes a story sets are written, so the code panel shows markup a reader can copy.
  render: ({ value, max, votes, source, fewVotes, lang }) =>
    html`<rating-badge
      value=${value ?? nothing}
      max=${max ?? nothing}
      votes=${votes ?? nothing}
      source=${source ?? nothing}
      few-votes=${fewVotes ?? nothing}
      lang=${lang ?? nothing}
    ></rating-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Imdb: Story = { args: { value: 8.1, votes: 1_234_567, source: 'imdb' } };

/** The seed film: a 2018 documentary rated by only 39 people. */
export const FewVotes: Story = { args: { value: 7.5, votes: 39, source: 'imdb' } };

export const Letterboxd: Story = { args: { value: 3.9, votes: 52_000, source: 'letterboxd' } };

export const Metacritic: Story = { args: { value: 74, max: 100, votes: 48, source: 'metacritic' } };

export const RottenTomatoes: Story = { args: { value: 92, votes: 310, source: 'rotten-tomatoes' } };

export const FreeTextSource: Story = { args: { value: 4, max: 5, source: 'Film Club' } };

export const NoVotes: Story = { args: { value: 6.4, source: 'tmdb' } };

export const NotRated: Story = { args: { source: 'imdb' } };

export const UnreadableValue: Story = { args: { value: 'seven', source: 'imdb' } };

export const French: Story = { args: { value: '7,5', votes: 12_000, source: 'imdb', lang: 'fr' } };

export const Korean: Story = { args: { value: 7.5, votes: 39, source: 'imdb', lang: 'ko' } };

/** The page's language and direction come from the toolbar; this story pins Arabic, right to left. */
export const RightToLeft: Story = {
  args: { value: 7.5, votes: 1_234, source: 'imdb' },
  globals: { locale: 'ar' },
};

/** On a dark page: the muted parts and the empty stars follow the text color. */
export const OnDarkPage: Story = {
  args: { value: 3.4, votes: 39, source: 'letterboxd' },
  globals: { theme: 'dark' },
};

/** The "few ratings" hint from a threshold of the host's choosing. */
export const CustomFewVotesThreshold: Story = {
  args: { value: 8.2, votes: 450, source: 'tmdb', fewVotes: 1_000 },
};

/** Restyled entirely through custom properties and parts. */
export const Themed: Story = {
  args: { value: 8.6, votes: 980, source: 'tmdb' },
  render: ({ value, votes, source }) => html`
    <style>
      .themed {
        --rating-badge-background: #0d253f;
        --rating-badge-color: #ffffff;
        --rating-badge-muted-color: #c9e4f5;
        --rating-badge-star-color: #01d277;
        --rating-badge-padding: 0.3em 0.6em;
        --rating-badge-radius: 999px;
      }
      .themed::part(source) {
        color: #90cea1;
      }
    </style>
    <rating-badge class="themed" value=${value ?? ''} votes=${votes ?? ''} source=${source ?? ''}></rating-badge>
  `,
};
