// The custom elements manifest against the elements themselves: editors, Storybook and the
// framework typings are generated from it, so an attribute, property or custom property it misses
// is missing for every user of those tools.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/register.js';

interface Item {
  name: string;
  type?: { text: string };
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const pkg = await (await fetch('/package.json')).json();
const manifest: { modules: { path: string; declarations?: Declaration[] }[] } = await (
  await fetch(`/${pkg.customElements}`)
).json();
const declarations = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement);
const tags = ['film-card', 'rating-badge', 'watch-availability', 'watch-offer', 'watchlist-button'];
const litTags = tags.filter((tag) => tag !== 'watch-offer');
const declaration = (tag: string) => declarations.find((item) => item.tagName === tag)!;
const litClass = (tag: string) => customElements.get(tag) as unknown as typeof LitElement;
const names = (items: Item[] | undefined) => (items ?? []).map((item) => item.name).sort();

describe('custom-elements.json', () => {
  it('declares every element under its tag, with its class name', () => {
    expect(declarations.map((item) => item.tagName).sort()).to.deep.equal(tags);
    for (const tag of tags) expect(declaration(tag).name, tag).to.equal(customElements.get(tag)!.name);
  });

  it('lists every attribute each element observes', () => {
    for (const tag of litTags) {
      expect(names(declaration(tag).attributes), tag).to.deep.equal(
        [...litClass(tag).observedAttributes].sort(),
      );
    }
    expect(names(declaration('watch-offer').attributes)).to.have.members([
      'provider',
      'kind',
      'href',
      'logo',
      'price',
      'currency',
      'quality',
    ]);
  });

  it('lists every public reactive property, and no internal state', () => {
    for (const tag of litTags) {
      const reactive = [...litClass(tag).elementProperties]
        .filter(([, options]) => !options.state)
        .map(([name]) => String(name));
      const fields = (declaration(tag).members ?? []).filter(
        (member) => member.kind === 'field' && !member.privacy && !member.static,
      );
      expect(fields.map((field) => field.name).sort(), tag).to.deep.equal(reactive.sort());
    }
  });

  it('types every event', () => {
    for (const tag of tags) {
      for (const event of declaration(tag).events ?? [])
        expect(event.type?.text, `${tag} ${event.name}`).to.match(/^[A-Z]\w*Event$/);
    }
    expect(names(declaration('film-card').events)).to.deep.equal([
      'film-error',
      'film-load',
      'offer-select',
      'watchlist-add',
      'watchlist-error',
      'watchlist-remove',
      'watchlist-saved',
    ]);
  });

  it('documents exactly the custom properties each element reads', () => {
    for (const tag of litTags) {
      const css = litClass(tag)
        .elementStyles.map((style) => ('cssText' in style ? style.cssText : ''))
        .join('\n');
      const used = [...new Set(css.match(new RegExp(`--${tag}-[\\w-]+`, 'g')))].sort();
      expect(names(declaration(tag).cssProperties), tag).to.deep.equal(used);
    }
  });

  it('documents parts for every rendering element, and slots where content goes in', () => {
    for (const tag of litTags) expect(declaration(tag).cssParts?.length, tag).to.be.greaterThan(0);
    expect(names(declaration('film-card').slots)).to.deep.equal(['', 'actions', 'footer', 'suggestion']);
    expect(names(declaration('watch-availability').slots)).to.deep.equal(['', 'suggestion']);
  });
});
