import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import 'film-cards/film-card.js';
import type { Film } from 'film-cards';
import littlePyongyang from '../demo/films/little-pyongyang.json';
import parasite from '../demo/films/parasite.json';
import spiritedAway from '../demo/films/spirited-away.json';
import amelie from '../demo/films/amelie.json';

type Args = {
  film?: Film;
  variant?: 'full' | 'compact' | 'poster';
  theme?: 'light' | 'dark';
  region?: string;
  width?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/film-card',
  component: 'film-card',
  args: { variant: 'full', region: 'GB', width: '40rem' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact', 'poster'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: 'text', description: 'Width of the container around the card (the card adapts to it)' },
  },
  render: ({ film, variant, theme, region, width }) => html`<div style="width: ${width}; max-width: 100%">
    <film-card .film=${film} variant=${variant ?? nothing} theme=${theme ?? nothing} region=${region ?? nothing}></film-card>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed film: a 24-minute Korean documentary, IMDb 7.5 from 39 votes, not streaming anywhere. */
export const LittlePyongyang: Story = { args: { film: littlePyongyang } };

export const Parasite: Story = { args: { film: parasite as Film } };

export const SpiritedAway: Story = { args: { film: spiritedAway as Film } };

/** No streaming data at all: the availability block is left out, not faked. */
export const Amelie: Story = { args: { film: amelie } };

export const Compact: Story = { args: { film: parasite as Film, variant: 'compact' } };

export const PosterTile: Story = { args: { film: spiritedAway as Film, variant: 'poster', width: '14rem' } };

export const Narrow: Story = { args: { film: parasite as Film, width: '20rem' } };

export const Dark: Story = {
  args: { film: parasite as Film, theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0f0f12; padding: 1rem">${story()}</div>`],
};

export const Light: Story = { args: { film: parasite as Film, theme: 'light' } };

export const MissingPoster: Story = { args: { film: { ...(amelie as Film), poster: undefined } } };

/** The poster URL fails: the card swaps in its placeholder. */
export const BrokenPoster: Story = {
  args: { film: { ...(amelie as Film), poster: { src: '/no-such-poster.jpg' } } },
  parameters: { storyCheck: { allowConsoleErrors: ['/no-such-poster.jpg'] } },
};

export const NotRated: Story = { args: { film: { ...(amelie as Film), ratings: [] } } };

export const OnlyATitle: Story = { args: { film: { title: 'A film we know nothing else about' } } };

export const LongTitleAndSynopsis: Story = {
  args: {
    film: {
      ...(parasite as Film),
      title:
        'The Extraordinarily Long and Winding Title of a Film That Refuses to End Before the Line Does, Part Two',
      synopsis: `${(parasite as Film).synopsis} `.repeat(4).trim(),
    },
  },
};

export const ManyRatings: Story = {
  args: {
    film: {
      ...(parasite as Film),
      ratings: [
        { source: 'imdb', value: 8.5, scale: 10, votes: 1_000_000 },
        { source: 'letterboxd', value: 4.5, scale: 5, votes: 2_500_000 },
        { source: 'metacritic', value: 96, scale: 100, votes: 53 },
        { source: 'rotten-tomatoes', value: 99, scale: 100, votes: 470 },
      ],
    },
  },
};

/**
 * Streaming nowhere: one watchlist action, then the site's own suggestion from the `suggestion`
 * slot, as the seed page words it.
 */
export const EmptyWithSuggestion: Story = {
  render: () => html`<div style="width: 40rem; max-width: 100%">
    <film-card region="GB" .film=${littlePyongyang}>
      <p slot="suggestion">…but watch free films tonight on <a href="https://example.com/watch-now">Watch Now</a></p>
    </film-card>
  </div>`,
};

/** The age certification for the card's region (BBFC 15 in the United Kingdom, MPA R in the United States). */
export const Certification: Story = {
  args: {
    film: {
      ...(parasite as Film),
      certifications: [
        { region: 'GB', rating: '15' },
        { region: 'US', rating: 'R' },
      ],
    },
  },
};

/** A trailer: a plain link out beside the watchlist button; nothing is embedded or loaded before a click. */
export const Trailer: Story = {
  args: {
    film: {
      ...(parasite as Film),
      trailer: 'https://www.youtube.com/results?search_query=Parasite+2019+official+trailer',
    },
  },
};

/** Written by hand with attributes, as a blogger would. */
export const FromAttributes: Story = {
  render: () => html`<film-card
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
  ></film-card>`,
};

/** Loaded from a JSON URL; the skeleton shows while it loads. */
export const FromSrc: Story = {
  render: () => html`<film-card loading="eager" src="/demo/films/parasite.json"></film-card>`,
};

/** Schema.org JSON-LD inside the element: the same data search engines read. */
export const FromInlineJsonLd: Story = {
  render: () => html`<film-card>
    <script type="application/ld+json">
      {
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": "Nosferatu",
        "datePublished": "1922-03-04",
        "duration": "PT1H34M",
        "inLanguage": "de",
        "genre": ["Horror"],
        "director": { "@type": "Person", "name": "F. W. Murnau" },
        "aggregateRating": { "@type": "AggregateRating", "ratingValue": "7.9", "bestRating": "10", "ratingCount": "110000" }
      }
    </script>
  </film-card>`,
};

/** A film in the reader's watchlist: the watchlist button pressed. */
export const InWatchlist: Story = {
  render: () => html`<div style="width: 40rem; max-width: 100%">
    <film-card region="GB" in-watchlist .film=${parasite}></film-card>
  </div>`,
};

/** Streaming nowhere and in the watchlist: the notify button pressed, "we'll show it here". */
export const NotifiedWhenAvailable: Story = {
  render: () => html`<div style="width: 40rem; max-width: 100%">
    <film-card region="GB" in-watchlist .film=${littlePyongyang}></film-card>
  </div>`,
};

/**
 * "Not saved yet": the page keeps the watchlist itself and its save is under way, or failed
 * (`pending`). The button says it where the film streams, "Notify me" where it streams nowhere.
 */
export const NotSavedYet: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; width: 40rem; max-width: 100%">
    <film-card region="GB" in-watchlist pending .film=${parasite}></film-card>
    <film-card region="GB" in-watchlist pending .film=${littlePyongyang}></film-card>
  </div>`,
};

/** The compact row and the poster tile loading, and failing. */
export const CompactAndPosterStates: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; width: 40rem; max-width: 100%">
    <film-card variant="compact" loading="eager" src="/film.json" .fetcher=${() => new Promise<Response>(() => {})}></film-card>
    <film-card variant="compact" loading="eager" src="/no-such-film.json"></film-card>
    <div style="display: grid; grid-template-columns: repeat(2, 12rem); gap: 1rem">
      <film-card variant="poster" loading="eager" src="/film.json" .fetcher=${() => new Promise<Response>(() => {})}></film-card>
      <film-card variant="poster" loading="eager" src="/no-such-film.json"></film-card>
    </div>
  </div>`,
  parameters: { storyCheck: { allowConsoleErrors: ['/no-such-film.json'] } },
};

/** The skeleton, held for good by a fetch that never answers. */
export const Loading: Story = {
  render: () => html`<div style="width: 40rem">
    <film-card loading="eager" src="/film.json" .fetcher=${() => new Promise<Response>(() => {})}></film-card>
  </div>`,
};

/** `src` answers 404: the film is not there, and no Retry, for another try would not find it. */
export const Error: Story = {
  render: () =>
    html`<div style="width: 40rem"><film-card loading="eager" src="/no-such-film.json"></film-card></div>`,
  parameters: { storyCheck: { allowConsoleErrors: ['/no-such-film.json'] } },
};

/** An origin that never answers, past a `timeout` of 100 ms: it took too long, and Retry asks again. */
export const TimedOut: Story = {
  render: () => html`<div style="width: 40rem">
    <film-card loading="eager" src="/film.json" timeout="100" .fetcher=${() => new Promise<Response>(() => {})}></film-card>
  </div>`,
};

export const French: Story = {
  args: { film: parasite as Film, region: 'FR' },
  decorators: [(story) => html`<div lang="fr">${story()}</div>`],
};

export const Korean: Story = {
  args: { film: parasite as Film },
  decorators: [(story) => html`<div lang="ko">${story()}</div>`],
};

export const Japanese: Story = {
  args: { film: spiritedAway as Film },
  decorators: [(story) => html`<div lang="ja">${story()}</div>`],
};

export const RightToLeft: Story = {
  args: {
    film: {
      ...(parasite as Film),
      title: 'طفيلي',
      synopsis: 'عائلة فقيرة تتسلل إلى حياة عائلة ثرية، حتى يقلب سر مخبأ في المنزل كل شيء.',
    },
  },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

/** A wide card: the footer's pieces stack under everything the card draws beside its poster. */
export const WithSlots: Story = {
  render: () => html`<div style="max-width: 60rem">
    <film-card .film=${amelie}>
      <a slot="actions" href="https://example.com/review">Read my review</a>
      <small slot="footer">Watched in March. Sample data.</small>
      <a slot="footer" href="https://example.com/club">More from the film club</a>
    </film-card>
  </div>`,
};

/** No film to show: what the page wrote inside the card shows as written, across its width. */
export const FallbackContent: Story = {
  render: () => html`<div style="max-width: 24rem">
    <film-card>
      <a href="https://example.com/amelie">Amélie (2001)</a>
      <p>A shy waitress decides to change the lives of those around her for the better.</p>
    </film-card>
  </div>`,
};

/**
 * The parts of the badge, the availability block and the button, restyled through the card:
 * `film-card::part(rating-value)`, `::part(availability-offer)`, `::part(watchlist-button)`.
 */
export const StyledThroughParts: Story = {
  render: () => html`<style>
      .parts::part(title) {
        font-family: Georgia, serif;
      }
      .parts::part(rating-value) {
        font-size: 1.75em;
      }
      .parts::part(rating-stars) {
        letter-spacing: 0.15em;
      }
      .parts::part(availability-offer) {
        border-radius: 999px;
      }
      .parts::part(availability-heading) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
      .parts::part(watchlist-button) {
        border-radius: 999px;
      }
    </style>
    <div style="width: 40rem; max-width: 100%">
      <film-card class="parts" .film=${parasite} region="GB"></film-card>
    </div>`,
};

/** A grid of poster tiles and a list of compact rows. */
export const Grid: Story = {
  render:
    () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem; width: 48rem">
    ${[littlePyongyang, parasite, spiritedAway, amelie].map((film) => html`<film-card variant="poster" .film=${film as Film}></film-card>`)}
  </div>`,
};
