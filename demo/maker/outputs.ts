// What the card maker hands the author, built from one validated Film and the options picked: the
// script-tag snippet, static HTML (the library's own server renderer, which runs in the browser
// too), and the React and Vue equivalents. Pure functions, so that every output is testable.
import type { RenderFilmCardOptions } from '../../src/ssr/index.js';
import type { Film } from '../../src/elements.js';
import { metaItems } from '../../src/format/film.js';
import { formatScore } from '../../src/format/rating.js';
import { sourceName } from '../../src/rating-badge/sources.js';
import { languageTag } from '../../src/data/language-tag.js';

export interface MakerOptions {
  variant: 'full' | 'compact' | 'poster';
  /** Empty: the page's color-scheme; `auto`: the reader's system setting. */
  theme: '' | 'auto' | 'light' | 'dark';
  /** ISO 3166-1 code, upper case; empty: the card picks from the page's language. */
  region: string;
  /** BCP 47; empty: the page's language. */
  lang: string;
  watchlist: boolean;
  /** Static HTML only: also write schema.org JSON-LD for search engines. */
  jsonLd: boolean;
  /** Where the page loads the drop-in bundle from. */
  script: string;
  /** Static HTML only: add the script tag, so that the card's buttons work where scripts run. */
  staticScript: boolean;
}

/** The scale a rating source has when `rating-max` is left out. */
const defaultScales: Record<string, number> = { letterboxd: 5, metacritic: 100, 'rotten-tomatoes': 100 };

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Line breaks as character references, for an attribute's value. */
const lineBreaks = (text: string) => text.replace(/\r\n?|\n/g, '&#10;');

/**
 * `name="value"`, or `name='value'` when that needs fewer escapes (JSON, say). Line breaks are
 * written as `&#10;`: a blank line in a value (a synopsis's paragraphs) would end the card's HTML
 * block in Markdown, and the rest of the card would be read as text.
 */
export function attribute(name: string, value: string): string {
  if (value.includes('"') && !value.includes("'")) {
    return `${name}='${lineBreaks(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))}'`;
  }
  return `${name}="${lineBreaks(escapeAttribute(value))}"`;
}

const escapeText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The options that are attributes of the card in every output, in the order they are written. */
function optionAttributes(options: MakerOptions): [string, string][] {
  return [
    ['variant', options.variant === 'full' ? '' : options.variant],
    ['theme', options.theme],
    ['region', options.region],
    ['lang', options.lang],
    ['watchlist', options.watchlist ? 'local' : ''],
  ].filter((entry): entry is [string, string] => entry[1] !== '');
}

/**
 * The film as the attributes a blogger would write, leaving out every one without data. A card
 * takes one rating by attributes, so further ratings are left to the other outputs; offers are
 * written for the region picked (`none` when the data says the film streams nowhere there).
 */
export function filmAttributes(film: Film, options: MakerOptions): [string, string][] {
  const rating = film.ratings?.[0];
  const offers = options.region
    ? film.availability?.find((entry) => entry.region === options.region)?.offers
    : undefined;
  const attributes: [string, string | number | undefined][] = [
    ['film-id', film.id],
    ['film-title', film.title],
    ['original-title', film.originalTitle !== film.title ? film.originalTitle : undefined],
    ['year', film.year],
    ['release-date', film.releaseDate],
    ['runtime', film.runtime],
    ['language', film.language],
    ['genres', film.genres?.join(', ')],
    ['synopsis', film.synopsis],
    ['poster', film.poster?.src],
    ['poster-alt', film.poster?.alt],
    ['rating', rating?.value],
    [
      'rating-max',
      rating && rating.scale !== (defaultScales[rating.source ?? ''] ?? 10) ? rating.scale : undefined,
    ],
    ['votes', rating?.votes],
    ['rating-source', rating?.source],
    ['href', film.href],
    ['offers', offers && (offers.length ? JSON.stringify(offers) : 'none')],
  ];
  return [
    ...attributes.flatMap(([name, value]): [string, string][] =>
      value === undefined || value === '' ? [] : [[name, String(value)]],
    ),
    ...optionAttributes(options),
  ];
}

/**
 * What a full card shows of the film that its attributes cannot carry, so that the snippet's card
 * shows less than the other outputs' (an empty list when it shows the same).
 */
export function leftOut(film: Film, options: MakerOptions): string[] {
  return [
    (film.ratings?.length ?? 0) > 1 ? 'second rating' : '',
    film.directors?.length ? 'director' : '',
    film.certifications?.length ? 'age certificate' : '',
    film.trailer ? 'trailer link' : '',
    film.availability?.length && !options.region ? 'offers (pick a region to write them)' : '',
  ].filter(Boolean);
}

/**
 * The facts the card draws under its title ("2018", "24 min", "Documentary"), and its first rating
 * as the badge shows it ("IMDb 7.5/10", "Rotten Tomatoes 92%"), in the language picked.
 */
function factsOf(film: Film, options: MakerOptions): { meta: string[]; rating?: string } {
  const lang = options.lang || 'en';
  const rating = film.ratings?.[0];
  const source = rating?.source ?? '';
  const score = rating && formatScore(rating.value, rating.scale, source, lang);
  return {
    meta: metaItems(film, lang),
    rating: score && `${sourceName(source)} ${score.score}${score.scale ?? ''}`.trim(),
  };
}

/**
 * Facts as a line, each one isolated (`<bdi>`): a right-to-left page keeps "24 min" in one piece.
 * A `<span>` the snippet's style draws as a block, not a `<p>`: an editor that adds paragraphs
 * (WordPress's) wraps the card in one, and a `<p>` inside would close it, and the card with it.
 */
const factsLine = (facts: string[]) =>
  facts.length ? `<span>${facts.map((fact) => `<bdi>${escapeText(fact)}</bdi>`).join(' · ')}</span>` : '';

/** The poster's size in a feed reader that drops the snippet's style: the card's own poster size. */
const posterSize = (options: MakerOptions) =>
  options.variant === 'compact' ? 'width="56" height="84"' : 'width="144" height="216"';

/**
 * What the element holds, for readers without the script (feed readers, search engines) and for
 * everyone until it arrives: the poster, the title, and the facts on the lines the layout draws
 * them (a full card's original title, then one line; a compact row's or a poster tile's facts,
 * then its rating). The snippet's style draws them in the card's frame.
 */
function fallbackContent(film: Film, options: MakerOptions): string {
  const title = escapeText(film.title);
  const { meta, rating } = factsOf(film, options);
  const original = film.originalTitle && film.originalTitle !== film.title ? film.originalTitle : '';
  // A language's name ("Korean") is no value for lang: only a tag is written.
  const tag = film.language && languageTag(film.language);
  const originalLang = tag ? ` lang="${escapeAttribute(tag)}"` : '';
  const full = options.variant === 'full';
  return [
    film.poster?.src
      ? `<img src="${escapeAttribute(film.poster.src)}" alt="" ${posterSize(options)} loading="lazy" referrerpolicy="no-referrer" />`
      : '',
    film.href
      ? `<a href="${escapeAttribute(film.href)}"><bdi>${title}</bdi></a>`
      : `<b><bdi>${title}</bdi></b>`,
    full && original ? `<span${originalLang} dir="auto">${escapeText(original)}</span>` : '',
    ...(full
      ? [factsLine([...meta, ...(rating ? [rating] : [])])]
      : [factsLine(meta), factsLine(rating ? [rating] : [])]),
  ]
    .filter(Boolean)
    .join('\n  ');
}

const scriptTag = (options: MakerOptions) =>
  `<script type="module" src="${escapeAttribute(options.script)}"></script>`;

/**
 * Where the snippet's reserved heights are measured and where they apply: the card's width, in
 * px, at which the maker measures it (a 42rem article column; a 412, a 360, a 320 and a 280 px
 * phone page less the default 8 px margins), and the page width, in rem, up to which each phone's
 * height applies. Up to 31rem the card is narrower than 28rem inside its padding: it stacks its
 * poster above the title, and is much taller than in a column.
 */
export const reservedWidths = {
  column: { card: 672 },
  large: { card: 396, page: 31 },
  phone: { card: 344, page: 23.5 },
  small: { card: 304, page: 20.5 },
  narrow: { card: 264, page: 18 },
} as const;

/** Whether a layout's snippet reserves a measured height: a tile takes its height from its poster. */
export const reservesHeight = (options: MakerOptions) => options.variant !== 'poster';

/** The card's drawn height in rem at each of `reservedWidths`, measured by the maker. */
export type ReservedHeight = Record<keyof typeof reservedWidths, number>;

/** The phone sizes, widest first: each one's `@media` rule follows the wider one's, and wins. */
export const phoneSizes = (Object.keys(reservedWidths) as (keyof typeof reservedWidths)[]).filter(
  (size): size is Exclude<typeof size, 'column'> => size !== 'column',
);

/**
 * The declarations of a full card's frame, as the card draws it: its border, corners, shadow,
 * colors (light and dark, or the page's `--film-card-*` values), padding and type. The text styles
 * a page's theme passes down that move or restyle the title (alignment, indent, spacing, case,
 * weight, slant) are reset, as the card resets them. Where the page shrink-wraps it (a post centred
 * in a flex column), the frame takes the card's natural width, 40rem, or the page's when narrower.
 */
const frame = [
  'box-sizing: border-box; container-type: inline-size; min-width: min(40rem, 100%); break-inside: avoid; padding: clamp(1rem, 4%, 1.5rem);',
  'border: var(--film-card-border-width, 1px) solid var(--film-card-border-color, light-dark(#e4e4e7, #3f3f46)); border-radius: var(--film-card-radius, .75rem);',
  'background: var(--film-card-background, light-dark(#fff, #1c1c21)); box-shadow: var(--film-card-shadow, 0 1px 2px light-dark(#0000000f, transparent), 0 4px 12px light-dark(#0000000f, transparent));',
  'color: var(--film-card-color, light-dark(#18181b, #f4f4f5)); font-size: 1rem; font-style: normal; font-weight: 400; line-height: 1.5;',
  'letter-spacing: normal; word-spacing: normal; text-align: start; text-indent: 0; text-transform: none; overflow-wrap: anywhere;',
];

/** The card's poster box: its corners, and the placeholder's color under a poster yet to come. */
const placeholder = 'border-radius: .5rem; background: light-dark(#eeeef1, #2a2a31);';

/**
 * A full card's poster, title and facts in its frame, as the card draws them: the poster above
 * the title in a narrow card, and in a column of its own from 28rem (the card's width inside its
 * padding, as the card's own container queries measure it). The title and facts are `flow-root`
 * boxes, so that they sit beside a floated poster rather than under it.
 */
function contentRules(selector: string, poster: boolean): string[] {
  return [
    `${selector} > :is(a, b) { display: flow-root; color: inherit; font-size: 1.5em; font-weight: 700; line-height: 1.1667; letter-spacing: -.01em; text-decoration: none; text-wrap: balance; }`,
    `${selector} > span { display: flow-root; margin-block: .75rem 0; color: var(--film-card-muted-color, light-dark(#52525b, #b4b4bd)); font-size: .875em; line-height: 1.4286; }`,
    ...(poster
      ? [
          `${selector} > img { display: block; width: 9rem; height: auto; aspect-ratio: 2 / 3; object-fit: cover; margin-block-end: .75rem; ${placeholder} }`,
          `@container (min-width: 28rem) { ${selector} > img { float: inline-start; margin: 0; margin-inline-end: 1.5rem; } }`,
        ]
      : // With no poster, the card keeps a small tile in a narrow card's corner, and a column from 28rem.
        [
          `@container (max-width: 27.99rem) { ${selector} > :is(a, b) { padding-inline-end: 3rem; } }`,
          `@container (min-width: 28rem) { ${selector} > * { margin-inline-start: 10.5rem; } }`,
        ]),
  ];
}

/**
 * A compact row's grid and its poster, title, facts and rating, where the row draws them: the
 * poster at the start, the text centered beside it, and the watchlist icon's column kept free at
 * the end. The two `1fr` rows share what the poster adds to the text's height.
 */
const compactFrame = [
  'grid-template: 1fr repeat(3, auto) 1fr / 3.5rem minmax(0, 1fr) 2.25rem; column-gap: .75rem;',
  'padding: .5rem; padding-inline-end: .75rem;',
];

// A placeholder is drawn only in a card with no poster of its own: a film without a plain id has
// rules for every card of its layout on the page.
function compactRules(selector: string, poster: boolean): string[] {
  return [
    `${selector} > :is(a, b) { grid-area: 2 / 2; color: inherit; font-weight: 700; text-decoration: none; text-wrap: balance; }`,
    `${selector} > span { grid-area: 3 / 2; margin: .25rem 0 0; color: var(--film-card-muted-color, light-dark(#52525b, #b4b4bd)); font-size: .875em; line-height: 1.4286; }`,
    `${selector} > span ~ span { grid-area: 4 / 2; }`,
    poster
      ? `${selector} > img { grid-area: 1 / 1 / 6; align-self: center; width: 3.5rem; height: auto; aspect-ratio: 2 / 3; object-fit: cover; ${placeholder} }`
      : `${selector}:not(:has(> img))::before { content: ''; grid-area: 1 / 1 / 6; align-self: center; width: 3.5rem; aspect-ratio: 2 / 3; ${placeholder} }`,
  ];
}

/**
 * A poster tile's frame and its poster, title, facts and rating, as the tile draws them: the
 * poster across the tile (or its placeholder) and the title kept to two lines. The poster's
 * proportions give the tile its height, so a tile reserves none: it fits any grid column. In a
 * narrow tile the drawn badge takes two lines (its stars, then its score), three with the "few
 * ratings" hint (under 100 votes): the rating's line keeps that height.
 */
function tileRules(selector: string, poster: boolean, fewVotes: boolean): string[] {
  const posterBox = `display: block; aspect-ratio: 2 / 3; ${placeholder}`;
  return [
    poster
      ? `${selector} > img { ${posterBox} width: 100%; height: auto; object-fit: cover; }`
      : `${selector}:not(:has(> img))::before { content: ''; ${posterBox} }`,
    `${selector} > :is(a, b) { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; min-height: 3em; margin-block-start: .75rem; padding-inline: .25rem; color: inherit; font-weight: 700; text-decoration: none; text-wrap: balance; }`,
    `${selector} > span { display: block; margin-block: .75rem 0; padding-inline: .25rem; color: var(--film-card-muted-color, light-dark(#52525b, #b4b4bd)); font-size: .875em; line-height: 1.4286; }`,
    `@container (max-width: 17rem) { ${selector} > span ~ span { min-height: ${fewVotes ? '4.07em' : '2.78em'}; } }`,
  ];
}

/** Heights in rem, rounded down, so that a reserved space is never taller than the card it waits for. */
const rem = (value: number) => `${Math.floor(value * 10) / 10}rem`;

/**
 * The heights reserved at phone widths, where they differ from the next wider one's; then what
 * gives the space back when the script never comes (blocked, or stripped by the blog's editor).
 */
function reserveRules(selector: string, height: ReservedHeight): string[] {
  const rules: string[] = [];
  let previous = rem(height.column);
  for (const size of phoneSizes) {
    if (rem(height[size]) === previous) continue;
    previous = rem(height[size]);
    rules.push(
      `@media (max-width: ${reservedWidths[size].page}rem) { ${selector} { min-height: ${previous}; } }`,
    );
  }
  return [...rules, '@keyframes film-card-release { to { min-height: 0; } }'];
}

/**
 * The snippet's style. It draws the card's frame, poster, title and facts until the script draws
 * the card, so that a reader sees the film with the page, and keeps the page from moving meanwhile:
 * a full card or a compact row takes the height the card will have (once the maker has measured
 * it); a tile, its poster's.
 */
function snippetStyle(film: Film, options: MakerOptions, height?: ReservedHeight): string {
  // The film's id when it is a plain one, and the layout: one film on a page as a card and as a
  // tile, or a card without an id beside others, each keep their own rules.
  const id = /^[\w.:-]+$/.test(film.id ?? '') ? `[film-id="${film.id}"]` : '';
  const layoutOf = options.variant === 'full' ? ':not([variant])' : `[variant="${options.variant}"]`;
  const selector = `film-card${id}${layoutOf}:not(:defined)`;
  const poster = Boolean(film.poster?.src);
  const layout = {
    full: { display: 'block', frame: [], rules: () => contentRules(selector, poster) },
    compact: { display: 'grid', frame: compactFrame, rules: () => compactRules(selector, poster) },
    poster: {
      display: 'block',
      // The bottom keeps room for the watchlist icon a tile shows for a film with an id.
      frame: [`padding: .5rem .5rem ${film.id ? '4rem' : '.75rem'};`],
      rules: () => tileRules(selector, poster, (film.ratings?.[0]?.votes ?? Infinity) < 100),
    },
  }[options.variant];
  const reserved = reservesHeight(options) ? height : undefined;
  const declarations = [
    `display: ${layout.display};`,
    reserved ? `min-height: ${rem(reserved.column)}; animation: film-card-release 0s 10s forwards;` : '',
    ...frame,
    ...layout.frame,
    // A card with a theme of its own takes that scheme, whatever the page's: its frame does too.
    options.theme ? `color-scheme: ${options.theme === 'auto' ? 'light dark' : options.theme};` : '',
  ].filter(Boolean);
  return `<style>\n${[
    `${selector} {\n${declarations.map((line) => `    ${line}`).join('\n')}\n  }`,
    // WordPress's classic editor writes a <br> at each line break inside the card.
    `${selector} > br { display: none; }`,
    ...layout.rules(),
    ...(reserved ? reserveRules(selector, reserved) : []),
  ]
    .map((rule) => `  ${rule}`)
    .join('\n')}\n</style>`;
}

/**
 * (a) The script tag, the snippet's style, and a card written with attributes. The opening tag is
 * one line: Markdown keeps a custom element's HTML whole only when its tag stands alone on its
 * first line.
 */
export function snippet(film: Film, options: MakerOptions, height?: ReservedHeight): string {
  const attributes = filmAttributes(film, options)
    .map(([name, value]) => ` ${attribute(name, value)}`)
    .join('');
  const head = `${scriptTag(options)}\n${snippetStyle(film, options, height)}`;
  return `${head}\n\n<film-card${attributes}>\n  ${fallbackContent(film, options)}\n</film-card>\n`;
}

/** The options for renderFilmCard() that give the card the options picked. */
export function renderOptions(options: MakerOptions): RenderFilmCardOptions {
  return {
    lang: options.lang || 'en',
    jsonLd: options.jsonLd,
    attributes: {
      variant: options.variant,
      theme: options.theme || undefined,
      region: options.region || undefined,
      watchlist: options.watchlist ? 'local' : undefined,
    },
  };
}

/**
 * The rendered HTML on one line, in a `<div>` on lines of its own: Markdown reads a blank line (its
 * style has some, and so do tags whose bindings were empty) as the end of the HTML, and the
 * indented line after it as code; a div's block is kept whole. A line break is one space between
 * tags, in a style or JSON, and between attributes, as it is to the browser (nothing in the card
 * keeps white space as written); in an attribute's value it is written `&#10;`.
 */
function oneBlock(html: string): string {
  const inTag = (tag: string) =>
    tag.replace(/"[^"]*"|'[^']*'|\s*\n\s*/g, (found) => (/^["']/.test(found) ? lineBreaks(found) : ' '));
  const joined = html
    // A tag runs to the first > outside its quoted values.
    .split(/(<[a-z/!](?:"[^"]*"|'[^']*'|[^'">])*>)/i)
    .map((piece, index) => (index % 2 ? inTag(piece) : piece.replace(/\s*\n\s*/g, ' ')))
    .join('');
  return `<div>\n${joined}\n</div>`;
}

/**
 * (b) The server-rendered card (from renderFilmCard() with `renderOptions()`): paints with no
 * script; the bundle, where the page keeps the script tag, takes it over.
 */
export function staticHtml(renderedCard: string, options: MakerOptions): string {
  return `${oneBlock(renderedCard)}\n${options.staticScript ? `${scriptTag(options)}\n` : ''}`;
}

/** A film as a JavaScript literal that is also safe inside an HTML `<script>` (a Vue file). */
const literal = (film: Film, indent: string) =>
  JSON.stringify(film, null, 2).replace(/</g, '\\u003c').replace(/\n/g, `\n${indent}`);

const jsxAttributes = (options: MakerOptions) =>
  optionAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');

/** (c) A React component with the film as a property. */
export function react(film: Film, options: MakerOptions): string {
  return `import { FilmCard } from 'film-cards/react';

const film = ${literal(film, '')};

export function Film() {
  return <FilmCard film={film}${jsxAttributes(options)} />;
}
`;
}

/** (c) A Vue single-file component with the film as a property. */
export function vue(film: Film, options: MakerOptions): string {
  return `<script setup>
// Tell Vue's compiler that film-card is a custom element: isCustomElement in its template options.
import 'film-cards';

const film = ${literal(film, '')};
</script>

<template>
  <film-card :film="film"${jsxAttributes(options)} />
</template>
`;
}

export const byteSize = (text: string) => new TextEncoder().encode(text).length;
