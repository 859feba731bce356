import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/watchlist-button/define.js';

type Args = {
  filmId?: string;
  filmTitle?: string;
  year?: number;
  inWatchlist?: boolean;
  watchlist?: string;
  variant?: string;
  lang?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/watchlist-button',
  component: 'watchlist-button',
  args: { filmId: 'tt8954732', filmTitle: 'Little Pyongyang', year: 2018 },
  render: ({ filmId, filmTitle, year, inWatchlist, watchlist, variant, lang }) =>
    html`<watchlist-button
      film-id=${filmId ?? ''}
      film-title=${filmTitle ?? ''}
      year=${year ?? ''}
      ?in-watchlist=${inWatchlist}
      watchlist=${watchlist ?? ''}
      variant=${variant ?? 'button'}
      lang=${lang ?? ''}
    ></watchlist-button>`,
};
export default meta;

type Story = StoryObj<Args>;

export const NotInWatchlist: Story = {};

/** A change that waits to be saved (set by a page that saves elsewhere, or by storage refusing it). */
export const Pending: Story = {
  render:
    () => html`<watchlist-button film-id="tt8954732" film-title="Little Pyongyang" in-watchlist .pending=${true}></watchlist-button>
    <watchlist-button film-id="tt8954732" film-title="Little Pyongyang" in-watchlist variant="icon" .pending=${true}></watchlist-button>`,
};

export const InWatchlist: Story = { args: { inWatchlist: true } };

/** Without a film id there is nothing to add: the button is disabled and logs one warning. */
export const NoFilmId: Story = { args: { filmId: '' } };

/**
 * Saved in this browser: both buttons are the same film and follow each other, and so does this
 * story in another tab. Reload and the state is still there.
 */
export const Persisted: Story = {
  args: { watchlist: 'local' },
  render: ({ filmId, filmTitle, year }) => html`
    <watchlist-button watchlist="local" film-id=${filmId ?? ''} film-title=${filmTitle ?? ''} year=${year ?? ''}></watchlist-button>
    <watchlist-button watchlist="local" variant="icon" film-id=${filmId ?? ''} film-title=${filmTitle ?? ''} year=${year ?? ''}></watchlist-button>
  `,
};

export const Icon: Story = { args: { variant: 'icon' } };

export const IconInWatchlist: Story = { args: { variant: 'icon', inWatchlist: true } };

export const French: Story = { args: { lang: 'fr' } };

export const Korean: Story = { args: { lang: 'ko', inWatchlist: true } };

/** The defaults follow the text color, so they keep their contrast on a dark page. */
export const Dark: Story = {
  render: ({ filmId, filmTitle }) => html`
    <div style="background: #141414; color: #f2f2f2; padding: 1.5em; color-scheme: dark">
      <watchlist-button film-id=${filmId ?? ''} film-title=${filmTitle ?? ''}></watchlist-button>
      <watchlist-button film-id="${filmId ?? ''}-2" film-title=${filmTitle ?? ''} in-watchlist></watchlist-button>
    </div>
  `,
};

/** Restyled entirely through custom properties. */
export const Themed: Story = {
  render: ({ filmId, filmTitle }) => html`
    <style>
      .themed {
        --watchlist-button-background: #0d253f;
        --watchlist-button-color: #ffffff;
        --watchlist-button-border: 0;
        --watchlist-button-radius: 999px;
        --watchlist-button-padding: 0.5em 1.1em;
        --watchlist-button-pressed-background: #01b468;
        --watchlist-button-pressed-color: #04111f;
        --watchlist-button-focus-ring: 3px solid #01b468;
      }
    </style>
    <watchlist-button class="themed" film-id=${filmId ?? ''} film-title=${filmTitle ?? ''}></watchlist-button>
    <watchlist-button class="themed" film-id="${filmId ?? ''}-2" film-title=${filmTitle ?? ''} in-watchlist></watchlist-button>
  `,
};
