import { expect } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/rating-badge/define.js';
import '../../src/watch-availability/define.js';
import '../../src/watchlist-button/define.js';
import { elementRules } from '../helpers/styles.js';

// Every custom property's default is written three times: in the element's CSS (the fallback of the
// var() that reads it), in its JSDoc (the generated reference) and in docs/styling.md. The CSS is
// what readers see; the other two must say the same.

interface Token {
  name: string;
  default?: string;
  description?: string;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/\( /g, '(').trim();

/** The text of the call that starts at `start` (at its name), up to its closing parenthesis. */
function call(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error(`unbalanced: ${text.slice(start)}`);
}

/** The arguments of a call, split at its top-level commas. */
function args(whole: string): string[] {
  const inner = whole.slice(whole.indexOf('(') + 1, -1);
  const list: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0 && list.length === 0) {
      list.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  return [...list, inner.slice(start).trim()];
}

/** The fallback of `var(--name, fallback)`, or undefined when it has none. */
const fallback = (varCall: string): string | undefined => args(varCall)[1];

/**
 * What the element's CSS falls back to for `name`, as the docs write it: an element's own default
 * (the card's colors it takes inside a card are skipped), another token's private copy as that
 * token's name, light-dark() as its light or dark color, color-mix() with transparent as
 * "currentColor at N%", no fallback as "inherit".
 */
function cssDefault(css: string, name: string, scheme: 'light' | 'dark'): string | undefined {
  const at = css.search(new RegExp(`var\\(${name}[,)]`));
  if (at < 0) return undefined;
  let value = fallback(call(css, at));
  if (value === undefined) return 'inherit';
  const copy = /^var\((--_[\w-]+)\)$/.exec(value)?.[1];
  if (copy) return new RegExp(`${copy}: var\\((--[\\w-]+)`).exec(css)?.[1];
  for (let start = value.indexOf('var(--_card-'); start >= 0; start = value.indexOf('var(--_card-')) {
    const whole = call(value, start);
    value = value.replace(whole, fallback(whole)!);
  }
  for (let start = value.indexOf('light-dark('); start >= 0; start = value.indexOf('light-dark(')) {
    const whole = call(value, start);
    const [light, dark] = args(whole);
    value = value.replace(whole, scheme === 'light' ? light! : dark!);
  }
  return squash(value).replace(
    /color-mix\(in srgb, currentColor (\d+)%, transparent\)/g,
    'currentColor at $1%',
  );
}

/** The element's CSS as one string, whitespace squashed. */
function cssOf(tag: string): string {
  return squash(
    elementRules(tag)
      .map((rule) => rule.cssText)
      .join('\n'),
  );
}

/** docs/styling.md's rows: token name to [light or only default, dark], as written. */
function styledRows(markdown: string): Map<string, [string, string]> {
  const rows = new Map<string, [string, string]>();
  for (const line of markdown.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const names = cells[0]?.match(/`--[a-z-]+`/g);
    if (!names) continue;
    for (const name of names) rows.set(name.slice(1, -1), [cells[1] ?? '', cells[2] ?? '']);
  }
  return rows;
}

/** A styling.md cell as the JSDoc writes the value: its code span, "current color" as currentColor. */
const fromMarkdown = (cell: string) =>
  (cell.match(/`([^`]+)`/)?.[1] ?? cell).replace(/current color/g, 'currentColor').replace(/ %/g, '%');

const manifest = (await (await fetch('/custom-elements.json')).json()) as {
  modules: { declarations?: { tagName?: string; cssProperties?: Token[] }[] }[];
};
const styling = styledRows(await (await fetch('/docs/styling.md')).text());
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName && declaration.cssProperties?.length);

describe('custom property defaults', () => {
  it('covers every element with custom properties', () => {
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal([
      'film-card',
      'rating-badge',
      'watch-availability',
      'watchlist-button',
    ]);
  });

  for (const { tagName, cssProperties } of elements)
    describe(`<${tagName}>`, () => {
      for (const token of cssProperties!)
        it(`${token.name}: the CSS, the JSDoc and docs/styling.md give the same default`, () => {
          const css = cssOf(tagName!);
          expect(cssDefault(css, token.name, 'light'), 'the CSS against the JSDoc').to.equal(token.default);
          const dark = token.description?.match(/\(dark scheme: ([^)]+)\)/)?.[1];
          if (dark) expect(cssDefault(css, token.name, 'dark'), 'dark scheme').to.equal(dark);
          const row = styling.get(token.name);
          expect(row, 'a row in docs/styling.md').to.not.equal(undefined);
          expect(fromMarkdown(row![0]), 'docs/styling.md').to.equal(token.default);
          if (dark) expect(fromMarkdown(row![1]), 'docs/styling.md, dark').to.equal(dark);
        });
    });
});
