import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import 'film-cards/rating-badge.js';

type Args = { value?: number | string; max?: number; votes?: number; source?: string; lang?: string };

const meta: Meta<Args> = {
  title: 'Elements/rating-badge',
  component: 'rating-badge',
  render: ({ value, max, votes, source, lang }) =>
    html`<rating-badge value=${value ?? ''} max=${max ?? ''} votes=${votes ?? ''} source=${source ?? ''} lang=${lang ?? ''}></rating-badge>`,
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
