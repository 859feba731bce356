// Server rendering, for static site generators (11ty, Astro) and build scripts: a card as HTML
// that shows at once, before and without JavaScript, and that the browser's <film-card> picks up
// where the server left off. Runs in Node.js only; it needs @lit-labs/ssr.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html } from '../shared/html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../film-card/define.js';
import { provideDataLayer } from '../controllers/data-layer.js';
import { filmData } from '../controllers/film-data.js';
import { adaptFilm, type FilmAdapter } from '../data/adapters/index.js';
import { viewAttributeTable, type ViewAttributeValues } from '../data/attributes.js';
import type { Film } from '../data/film.js';
import { mergeFilm } from '../data/merge.js';
import { GENERATED_ATTRIBUTE, movieJsonLd, scriptJson } from '../data/movie-json-ld.js';
import { writeStylesLater } from './styles-later.js';

export { isoDuration, movieJsonLd, scriptJson } from '../data/movie-json-ld.js';

// A server renders in one pass, without waiting: the card reads its `film` property with the data
// layer at hand, rather than loading it on demand as in the browser.
provideDataLayer(filmData);

/**
 * The `<film-card>` attributes that change how a server-rendered card looks, typed from the one
 * attribute table (`viewAttributeTable`), plus `id` and `class`.
 */
export interface FilmCardAttributes extends ViewAttributeValues {
  id?: string;
  class?: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The card's attributes as HTML: its presentation attributes from the table, escaped, then `id` and `class`. */
function attributeHtml(attributes: FilmCardAttributes, extra: Record<string, string | boolean>): string {
  const kinds: Record<string, unknown> = { ...viewAttributeTable, id: 'text', class: 'text' };
  const values: Record<string, string | number | boolean | undefined> = { ...extra };
  for (const name of Object.keys(kinds))
    if (Object.hasOwn(attributes, name)) values[name] = attributes[name as keyof FilmCardAttributes];
  return Object.entries(values)
    .flatMap(([name, value]) =>
      value == null || value === false || value === ''
        ? []
        : value === true
          ? kinds[name] === 'boolean' || name === 'json-ld'
            ? [name]
            : []
          : [`${name}="${escapeAttribute(String(value))}"`],
    )
    .join(' ');
}

export interface RenderFilmCardOptions {
  /**
   * The language to render in (BCP 47, e.g. `fr` or `en-GB`). Default `en`. Written as the card's
   * `lang` attribute, so that the browser goes on in the same language as the server.
   */
  lang?: string;
  /**
   * The address of the page the HTML goes on, for relative URLs in the film (a poster at
   * `/posters/a.jpg`). Without it only absolute URLs are kept: a server cannot guess the page.
   */
  base?: string;
  /** Also write the film as schema.org `Movie` JSON-LD, and set the card's `json-ld` attribute to keep it current. */
  jsonLd?: boolean;
  /**
   * Write a plain "Title (year)" link inside the card, for readers that show neither shadow roots
   * nor scripts, such as feed readers. Browsers never show it once the card has a film. Default true.
   */
  fallback?: boolean;
  /** Adapters for JSON shapes of your own, tried before the built-in ones (see `adaptFilm`). */
  adapters?: FilmAdapter[];
  /** Receives one message per field of the film that was dropped or shortened. Default: `console.warn`. */
  warn?: (message: string) => void;
  attributes?: FilmCardAttributes;
}

/**
 * Renders a `<film-card>` to HTML on a server: the card's shadow DOM (its rating badges, where to
 * watch and its watchlist button included) as a declarative shadow root
 * (`<template shadowrootmode="open">`), which browsers display before any script runs.
 *
 * The film (this library's `Film` shape, schema.org JSON-LD, TMDB or OMDb JSON) is validated as in
 * the browser and embedded in the card as `<script type="application/json">`: the browser's card
 * reads it from there, so it fetches nothing, and renders exactly what the server rendered. Load
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the elements on the page, so that
 * they adopt the server's DOM instead of rendering a second copy.
 *
 * Text from the film only ever reaches the HTML escaped: JSON inside scripts has `<`, `>` and `&`
 * written as `\u003c`, `\u003e`, `\u0026`.
 *
 * Throws when the data is not a film this library reads, or has no title, or `lang` is not a
 * language tag: in a build, a broken film should stop the build rather than publish an empty card.
 */
export function renderFilmCard(data: Film | object, options: RenderFilmCardOptions = {}): string {
  const {
    base,
    jsonLd = false,
    fallback = true,
    adapters,
    attributes = {},
    warn: report = console.warn,
  } = options;
  let lang: string;
  try {
    lang = Intl.getCanonicalLocales(options.lang ?? 'en')[0] ?? 'en';
  } catch {
    throw new RangeError(
      `film-cards: renderFilmCard() lang: ${JSON.stringify(options.lang)} is not a language tag.`,
    );
  }
  const warn = (field: string, message: string) =>
    report(`film-cards: renderFilmCard() ${field}: ${message}`);
  let film: Film | undefined;
  try {
    film = mergeFilm([adaptFilm(data, { adapters, warn, base })]);
  } catch (error) {
    throw new TypeError(`film-cards: renderFilmCard() cannot read the film: ${(error as Error).message}.`);
  }
  if (!film) throw new TypeError('film-cards: renderFilmCard() needs a film with a title.');

  // Built here rather than in the template: Lit does not bind inside <script>, and this text is
  // escaped for a script by scriptJson().
  const scripts =
    `<script type="application/json">${scriptJson(film)}</script>` +
    (jsonLd
      ? `<script type="application/ld+json" ${GENERATED_ATTRIBUTE}>${scriptJson(movieJsonLd(film))}</script>`
      : '');
  const label = film.year === undefined ? film.title : `${film.title} (${film.year})`;
  const light = html`${unsafeHTML(scripts)}${fallback ? (film.href ? html`<a href=${film.href}>${label}</a>` : label) : nothing}`;

  // The server's card gets the film as a property; the browser's reads it from the script above.
  // Its attributes are written from the one attribute table, escaped, as static parts of the template.
  const card = staticHtml`<film-card ${unsafeStatic(attributeHtml(attributes, { lang, 'json-ld': jsonLd }))} .film=${film}>${light}</film-card>`;
  return writeStylesLater(collectResultSync(render(card)));
}
