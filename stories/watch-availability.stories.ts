import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Availability, Offer } from '../src/data/film.js';
import 'film-cards/watch-availability.js';

type Args = {
  offers?: Offer[];
  availability?: Availability[];
  region?: string;
  lang?: string;
  maxOffers?: number;
  inWatchlist?: boolean;
};

const meta: Meta<Args> = {
  title: 'Elements/watch-availability',
  component: 'watch-availability',
  render: ({ offers, availability, region, lang, maxOffers, inWatchlist }) =>
    html`<watch-availability
      .offers=${offers}
      .availability=${availability}
      region=${region ?? ''}
      lang=${lang ?? ''}
      max-offers=${maxOffers ?? 6}
      ?in-watchlist=${inWatchlist}
      film-id="little-pyongyang-2018"
      film-title="Little Pyongyang"
      year="2018"
    ></watch-availability>`,
};
export default meta;

type Story = StoryObj<Args>;

const gb: Offer[] = [
  { provider: 'Netflix', kind: 'stream', href: 'https://www.netflix.com/', quality: 'HD' },
  { provider: 'BBC iPlayer', kind: 'free', href: 'https://www.bbc.co.uk/iplayer' },
  {
    provider: 'Prime Video',
    kind: 'rent',
    href: 'https://www.amazon.co.uk/',
    price: 3.99,
    currency: 'GBP',
    quality: 'HD',
  },
  {
    provider: 'Apple TV',
    kind: 'rent',
    href: 'https://tv.apple.com/gb',
    price: 4.99,
    currency: 'GBP',
    quality: '4K',
  },
  {
    provider: 'Apple TV',
    kind: 'buy',
    href: 'https://tv.apple.com/gb',
    price: 9.99,
    currency: 'GBP',
    quality: '4K',
  },
];

const checked = {
  checkedAt: '2025-03-01',
  attribution: { name: 'JustWatch', href: 'https://www.justwatch.com/' },
};

/** Subscription and free streaming, then rent and buy with prices. */
export const Streaming: Story = { args: { offers: gb, region: 'GB', lang: 'en-GB' } };

/** More offers than `max-offers`: a compact list and a "+N more" button. */
export const ManyOffers: Story = {
  args: {
    region: 'GB',
    lang: 'en-GB',
    maxOffers: 4,
    offers: [
      ...gb,
      { provider: 'Channel 4', kind: 'ads', href: 'https://www.channel4.com/' },
      {
        provider: 'Rakuten TV',
        kind: 'rent',
        href: 'https://www.rakuten.tv/uk',
        price: 3.49,
        currency: 'GBP',
        quality: 'SD',
      },
      {
        provider: 'Sky Store',
        kind: 'buy',
        href: 'https://www.skystore.com/',
        price: 7.99,
        currency: 'GBP',
        quality: 'HD',
      },
      { provider: 'Curzon', kind: 'cinema', href: 'https://www.curzon.com/' },
      ...['Chili', 'Microsoft Store', 'YouTube', 'Google Play'].map((provider, i) => ({
        provider,
        kind: 'buy' as const,
        href: 'https://example.com/',
        price: 7.99 + i,
        currency: 'GBP',
      })),
    ],
  },
};

/** The seed film, Little Pyongyang (2018): a documentary on no streaming service. */
export const Empty: Story = {
  args: { region: 'GB', lang: 'en-GB', availability: [{ region: 'GB', offers: [], ...checked }] },
};

/** The empty state once the reader has asked to be told. */
export const EmptyInWatchlist: Story = { args: { ...Empty.args, inWatchlist: true } };

/** Data for several countries, with when it was checked and whom it comes from; `region` picks one. */
export const SeveralRegions: Story = {
  args: {
    region: 'DE',
    lang: 'de-DE',
    availability: [
      { region: 'GB', offers: gb, ...checked },
      {
        region: 'DE',
        offers: [
          { provider: 'ARD Mediathek', kind: 'free', href: 'https://www.ardmediathek.de/' },
          {
            provider: 'Apple TV',
            kind: 'rent',
            href: 'https://tv.apple.com/de',
            price: 3.99,
            currency: 'EUR',
            quality: 'HD',
          },
        ],
        ...checked,
      },
    ],
  },
};

/**
 * Hostile data: `javascript:`, `data:` and malformed links and logos are dropped (one console
 * warning per field), markup in a provider name shows as text, an unknown kind is skipped.
 */
export const HostileData: Story = {
  args: {
    region: 'GB',
    lang: 'en-GB',
    offers: [
      {
        provider: 'Netflix',
        kind: 'stream',
        href: 'javascript:alert(1)',
        logo: 'data:image/svg+xml,<svg onload=alert(1)>',
      },
      { provider: '<img src=x onerror=alert(1)>', kind: 'free', href: ' JaVaScRiPt:alert(1)' },
      { provider: 'Prime Video', kind: 'rent', href: 'vbscript:msgbox(1)', price: -1, currency: 'pounds' },
      { provider: 'Mystery', kind: 'steal' as Offer['kind'], href: 'https://example.com/' },
    ],
  },
};

/** A logo that fails to load leaves the provider's name. */
export const LogoFallback: Story = {
  args: {
    region: 'GB',
    lang: 'en-GB',
    offers: [
      {
        provider: 'Netflix',
        kind: 'stream',
        href: 'https://www.netflix.com/',
        logo: 'https://example.com/no-such-logo.png',
      },
    ],
  },
  parameters: { storyCheck: { allowConsoleErrors: [/no-such-logo\.png|Failed to load resource/] } },
};

/** Right to left: layout mirrors, the region and prices are in Arabic; strings fall back to English. */
export const RightToLeft: Story = {
  args: {
    region: 'EG',
    lang: 'ar-EG',
    offers: [
      { provider: 'Shahid', kind: 'stream', href: 'https://shahid.mbc.net/', quality: 'HD' },
      { provider: 'Apple TV', kind: 'rent', href: 'https://tv.apple.com/eg', price: 49.99, currency: 'EGP' },
    ],
  },
  render: (args) => html`<div dir="rtl">${meta.render!(args, {} as never)}</div>`,
};

export const French: Story = {
  args: {
    region: 'FR',
    lang: 'fr-FR',
    availability: [
      {
        region: 'FR',
        offers: [
          { provider: 'Canal+', kind: 'stream', href: 'https://www.canalplus.com/', quality: 'HD' },
          { provider: 'arte.tv', kind: 'free', href: 'https://www.arte.tv/' },
          {
            provider: 'Orange VOD',
            kind: 'rent',
            href: 'https://video-a-la-demande.orange.fr/',
            price: 3.99,
            currency: 'EUR',
          },
        ],
        ...checked,
      },
    ],
  },
};

export const Japanese: Story = {
  args: {
    region: 'JP',
    lang: 'ja-JP',
    availability: [
      {
        region: 'JP',
        offers: [
          { provider: 'U-NEXT', kind: 'stream', href: 'https://video.unext.jp/', quality: '4K' },
          {
            provider: 'Amazon Prime Video',
            kind: 'rent',
            href: 'https://www.amazon.co.jp/',
            price: 400,
            currency: 'JPY',
            quality: 'HD',
          },
        ],
        ...checked,
      },
    ],
  },
};

/** Written by hand: `<watch-offer>` children, as a blogger would. */
export const Declarative: Story = {
  render: () => html`<watch-availability region="GB" lang="en-GB">
    <watch-offer provider="Netflix" kind="stream" href="https://www.netflix.com/" quality="HD"></watch-offer>
    <watch-offer provider="Prime Video" kind="rent" href="https://www.amazon.co.uk/" price="3.99" currency="GBP"></watch-offer>
  </watch-availability>`,
};

/** Restyled through custom properties and parts, on a dark background. */
export const Themed: Story = {
  args: { offers: gb, region: 'GB', lang: 'en-GB' },
  render: (args) => html`
    <style>
      .themed {
        padding: 1rem;
        border-radius: 12px;
        background: #0d253f;
        color: #ffffff;
        font-family: system-ui, sans-serif;
      }
      /* Custom properties work on the element, a wrapper or :root alike; here, on the element. */
      .themed watch-availability {
        --watch-availability-muted-color: #c9e4f5;
        --watch-availability-offer-background: #15385c;
        --watch-availability-border-color: #90cea1;
        --watch-availability-radius: 999px;
        --watch-availability-gap: 0.75em;
      }
      .themed watch-availability::part(price) {
        color: #90cea1;
      }
    </style>
    <div class="themed">${meta.render!(args, {} as never)}</div>
  `,
};
