// The styling guide promises that a provider without a logo gets a monogram tile "in one of eight
// colors (the same color for that provider on every page)". The color comes from the provider's
// name alone, so these tests compare tiles drawn by separate elements, in a different order and
// next to different offers, and count the colors over many names.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { Film, Offer } from '../../src/data/film.js';
import '../../src/watch-availability/define.js';
import type { WatchAvailability } from '../../src/watch-availability/watch-availability.js';

interface Tile {
  provider: string;
  /** The tile's color class, `hue-N`. */
  hue: string;
  background: string;
}

/** Every monogram tile in `root`, with the provider of its offer. */
function tiles(root: ShadowRoot): Tile[] {
  return [...root.querySelectorAll('[part~="monogram"], [part~="availability-monogram"]')].map((tile) => ({
    provider: tile.closest('[part~="offer"], [part~="availability-offer"]')!.textContent.trim(),
    hue: [...tile.classList].filter((name) => /^hue-/.test(name)).join(' '),
    background: getComputedStyle(tile).backgroundColor,
  }));
}

const byProvider = (list: Tile[]) => Object.fromEntries(list.map((tile) => [tile.provider, tile]));

const offer = (provider: string, kind: Offer['kind'] = 'stream', i = 0): Offer => ({
  provider,
  kind,
  href: `https://example.com/${i}`,
});

const providers = ['Netflix', 'MUBI', 'BFI Player', 'Curzon Home Cinema', 'Channel 4', 'Rakuten TV'];

describe('monogram tiles, as the styling guide describes them', () => {
  it('gives a provider the same color class and background in separate elements, in any order', async () => {
    const first = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" max-offers="10" .offers=${providers.map((name, i) => offer(name, 'stream', i))}></watch-availability>`,
    );
    // The same names reversed, as other kinds of offer, and drawn by a card.
    const reversed = [...providers].reverse().map((name, i) => offer(name, i % 2 ? 'rent' : 'buy', i));
    const film: Film = { id: 'm', title: 'Monograms', availability: [{ region: 'GB', offers: reversed }] };
    const card = await fixture<FilmCard>(html`<film-card lang="en" region="GB" .film=${film}></film-card>`);
    await card.updateComplete;

    const [inBlock, inCard] = [byProvider(tiles(first.shadowRoot!)), byProvider(tiles(card.shadowRoot!))];
    expect(Object.keys(inBlock).sort()).to.deep.equal([...providers].sort());
    expect(Object.keys(inCard).sort()).to.deep.equal([...providers].sort());
    for (const name of providers) {
      expect(inBlock[name]!.hue, `${name}'s class`).to.match(/^hue-[0-7]$/);
      expect(inCard[name], name).to.deep.equal(inBlock[name]);
    }
    // Six names that all fell on one color would make the comparison above say little.
    expect(new Set(providers.map((name) => inBlock[name]!.hue)).size).to.be.greaterThan(2);
  });

  it('gives a provider its color again when it is drawn afresh', async () => {
    const draw = async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" .offers=${[offer('Curzon Home Cinema')]}></watch-availability>`,
      );
      const [tile] = tiles(el.shadowRoot!);
      el.remove();
      return tile;
    };
    expect(await draw()).to.deep.equal(await draw());
  });

  it('uses exactly eight colors over many providers, each class one color', async () => {
    // 64 names, under the 100 offers an element keeps: eight to a color on average.
    const names = Array.from({ length: 64 }, (_, i) => `Provider ${i + 1}`);
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" max-offers="100" .offers=${names.map((name, i) => offer(name, 'stream', i))}></watch-availability>`,
    );
    const all = tiles(el.shadowRoot!);
    expect(all.length, 'one tile per provider').to.equal(names.length);
    const colorOf = new Map<string, Set<string>>();
    for (const { hue, background } of all) colorOf.set(hue, (colorOf.get(hue) ?? new Set()).add(background));
    expect([...colorOf.keys()].sort()).to.deep.equal(Array.from({ length: 8 }, (_, i) => `hue-${i}`));
    expect(
      [...colorOf.values()].map((colors) => colors.size),
      'each class is one color',
    ).to.deep.equal(Array(8).fill(1));
    expect(new Set(all.map((tile) => tile.background)).size, 'eight different colors').to.equal(8);
  });
});
