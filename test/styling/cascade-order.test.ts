// A server-rendered card writes the rules of where to watch and of its watchlist button after its
// title (see src/ssr/styles-later.ts), so they come last in the card's styles. That is safe while no
// rule of the card's own needs to come after them: every computed style must be the same with the
// card's own rules last, in every state a card draws.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';

const offers = [
  { provider: 'StreamFlix', kind: 'stream', href: 'https://example.com/s', quality: '4K' },
  {
    provider: 'FilmBox',
    kind: 'rent',
    href: 'https://example.com/r',
    price: 3.49,
    currency: 'GBP',
    quality: 'HD',
  },
  { provider: 'Cinema Shop', kind: 'buy', price: 9.99, currency: 'GBP' },
  ...['A', 'B', 'C', 'D', 'E'].map((provider) => ({
    provider,
    kind: 'buy',
    href: `https://example.com/${provider}`,
    price: 1,
    currency: 'GBP',
  })),
];
const film = (streams: boolean) => ({
  id: 'tt6751668',
  title: 'Parasite',
  originalTitle: 'Gisaengchung',
  year: 2019,
  runtime: 132,
  genres: ['Comedy', 'Thriller'],
  synopsis: 'A poor family schemes to become employed by a wealthy family. '.repeat(6),
  ratings: [
    { source: 'imdb', value: 8.5, scale: 10, votes: 39 },
    { source: 'Critics', scale: 100 },
  ],
  href: 'https://example.com/film',
  trailer: 'https://example.com/trailer',
  availability: [
    {
      region: 'GB',
      checkedAt: '2024-05-01',
      attribution: { name: 'JustWatch', href: 'https://www.justwatch.com' },
      offers: streams ? offers : [],
    },
  ],
});

/** Every computed style in the card's shadow root, pseudo-elements included. */
function computed(card: FilmCard): string[] {
  return [...card.shadowRoot!.querySelectorAll('*')].flatMap((el) =>
    [null, '::before', '::after'].map((pseudo) => {
      const style = getComputedStyle(el, pseudo);
      return `${el.getAttribute('part') ?? el.localName}${pseudo ?? ''} ${[...style]
        .sort()
        .map((name) => `${name}:${style.getPropertyValue(name)}`)
        .join(';')}`;
    }),
  );
}

describe('the card’s styles', () => {
  it('computes the same with its own rules after those of where to watch and the button', async () => {
    for (const [variant, streams, attributes] of [
      ['full', true, {}],
      ['full', false, { 'in-watchlist': '' }],
      ['full', true, { theme: 'dark', dir: 'rtl' }],
      ['compact', true, {}],
      ['poster', true, {}],
    ] as const) {
      const card = await fixture<FilmCard>(
        html`<film-card lang="en" region="GB" variant=${variant}></film-card>`,
      );
      for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
      card.film = film(streams);
      await card.updateComplete;
      card.shadowRoot!.querySelector<HTMLElement>('[part~="availability-more"]')?.click();
      await card.updateComplete;
      const sheets = card.shadowRoot!.adoptedStyleSheets;
      expect(sheets, 'rating, card, where to watch, button').to.have.length(4);
      const asWritten = computed(card);
      const [rating, own, ...drawnLater] = sheets;
      card.shadowRoot!.adoptedStyleSheets = [rating!, ...drawnLater, own!];
      const ownLast = computed(card);
      const label = `${variant} ${JSON.stringify(attributes)}`;
      expect(asWritten.length, label).to.be.above(100);
      expect(
        ownLast.filter((style, i) => style !== asWritten[i]).map((style) => style.slice(0, 80)),
        label,
      ).to.deep.equal([]);
    }
  });
});
