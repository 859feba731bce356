// docs/styling.md: every part of the elements a card draws inside it is reachable from the page
// through the card, under the card's own name for it: `film-card::part(rating-value)`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import { settle } from '../hardening/helpers.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const partsOf = (tag: string) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag)
    ?.cssParts?.map((part) => part.name) ?? [];

/** The elements a card draws inside it, and the prefix of their parts' names on the card. */
const inner = {
  'rating-badge': 'rating',
  'watch-availability': 'availability',
  'watchlist-button': 'watchlist',
};

const color = 'rgb(1, 180, 104)';

describe('parts of the elements inside a card', () => {
  it('are documented on the card, each under its prefixed name', () => {
    const card = partsOf('film-card');
    for (const [tag, prefix] of Object.entries(inner)) {
      expect(partsOf(tag), `${tag} has parts`).to.have.length.above(0);
      for (const part of partsOf(tag)) expect(card, `${tag}'s ${part}`).to.include(`${prefix}-${part}`);
    }
  });

  for (const [tag, prefix] of Object.entries(inner))
    it(`are styled by film-card::part(${prefix}-…): each part <${tag}> draws in a card takes the page's rule`, async () => {
      const rules = partsOf(tag)
        .map((part) => `film-card::part(${prefix}-${part}) { outline: 3px solid ${color}; }`)
        .join('\n');
      const wrapper = await fixture(html`<div>
        <style>
          ${rules}
        </style>
        <film-card film-id="p" film-title="Parasite" year="2019" rating="8.5" votes="3" rating-source="imdb" region="GB" few-votes="10"
          offers='[{"provider":"Netflix","kind":"stream","href":"https://www.netflix.com/title/81221938","quality":"4K"},{"provider":"Apple TV","kind":"rent","price":"3.99","currency":"GBP"}]' lang="en"></film-card>
        <film-card film-id="q" film-title="Little Pyongyang" offers="none" lang="en"></film-card>
      </div>`);
      await settle([wrapper]);
      // Each node the card draws for the element, under the name the page gives it. A card draws
      // its rating badges, its availability block and its watchlist button in its own shadow root,
      // already under the card's names, with no element of their own.
      const drawn = [...wrapper.querySelectorAll<FilmCard>('film-card')].flatMap((card) => {
        expect(card.shadowRoot!.querySelector(tag) === null, `no <${tag}> inside the card`).to.equal(true);
        return [...card.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => {
          const names = node
            .getAttribute('part')!
            .split(/\s+/)
            .filter((name) => name.startsWith(`${prefix}-`))
            .map((name) => name.slice(prefix.length + 1))
            .filter((name) => partsOf(tag).includes(name));
          return names.length ? [{ node, names }] : [];
        });
      });
      const styled = new Set<string>();
      for (const { node, names } of drawn)
        if (getComputedStyle(node).outlineColor === color) for (const name of names) styled.add(name);
      const drawnParts = new Set(drawn.flatMap(({ names }) => names));
      expect(drawnParts.size, `the cards draw parts of <${tag}>`).to.be.above(1);
      expect(
        [...drawnParts].filter((part) => !styled.has(part)),
        'parts the page cannot style',
      ).to.deep.equal([]);
    });
});
