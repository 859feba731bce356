import { LitElement, adoptStyles, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html, htmlWithParts } from '../shared/html.js';
import { FilmController } from '../controllers/film-controller.js';
import { OverflowController } from '../controllers/overflow-controller.js';
import type { FilmAdapter } from '../data/adapters/index.js';
import { readFilmAttributes } from '../data/attributes.js';
import { certificationFor } from '../data/certification.js';
import type { Film } from '../data/film.js';
import type { FilmLoadError, FilmLoadErrorKind } from '../data/load-error.js';
import { formatDate, formatLanguage, languageTag, metaItems } from '../format/film.js';
import { listFormat } from '../format/intl.js';
import { LocaleController } from '../i18n/locale.js';
import { englishFallback, translate } from '../i18n/translate.js';
import { WatchlistController, watchlistFilm } from '../controllers/watchlist-controller.js';
import type { WatchlistFilm } from '../watchlist/events.js';
import { checkedWholeNumber, keyword, stringAttribute, warnIfFalse } from '../shared/coerce.js';
import { flatList, listItem } from '../shared/flat-list.js';
import { warnOnce } from '../shared/warn.js';
import { newTabNote, renderNewTabNote } from '../shared/new-tab.js';
import { pickRegion, wantedRegion } from '../watch-availability/region.js';
import {
  linksOpenNewTab,
  renderAvailability,
  selectOffer,
  type AvailabilityActions,
  type AvailabilityView,
} from '../watch-availability/availability-view.js';
import { ratingView, renderRating } from '../rating-badge/rating-view.js';
import { renderWatchlistButton } from '../watchlist-button/button-view.js';
import { controlMessages } from '../watchlist/messages.js';
import { messages, type CardMessage } from './messages.js';
import { styles } from './film-card.styles.js';

/**
 * Synopses longer than this are clamped to `--film-card-synopsis-lines`, with a "More" button when
 * the clamp hides some of the text. Shorter ones show in full: a server cannot measure them.
 */
const CLAMP_AFTER = 220;
const clampable = (synopsis: string | undefined) => (synopsis?.length ?? 0) > CLAMP_AFTER;

/** The element that has focus, through open shadow roots; the page's body when nothing has. */
function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// The rating badges, the availability block and the watchlist button are drawn in the card's own
// shadow root, no element for each in a grid of hundreds of cards; their parts take their elements'
// names, prefixed by the element's (`film-card::part(availability-offer)`).
const ratingHtml = htmlWithParts('rating');
const availabilityHtml = htmlWithParts('availability');
const buttonHtml = htmlWithParts('watchlist');

// The card's lists, each drawn in one template with what holds it (see flatList).
const metaItem = listItem`<li>${0}</li>`;
const metaList = listItem`<ul part="meta">${0}${0}</ul>`;
const factItem = listItem`<dt lang=${0}>${0}</dt><dd>${0}</dd>`;
const factList = listItem`<dl part="facts">${0}</dl>`;
const ratingItem = listItem`<span class="rating">${0}</span>`;
const ratingList = listItem`<div part="ratings">${0}</div>`;

/** What the error state says for each kind of failure a reader can tell apart. */
const errorMessages: Partial<Record<FilmLoadErrorKind, CardMessage>> = {
  timeout: 'errorSlow',
  network: 'errorOffline',
};

/**
 * What the error state says, and whether it offers Retry: not for a film that is not there (404,
 * 410), data that will be the same on another try (not a film, too large), or data with no URL to
 * ask again (inline JSON, the `film` property).
 */
function errorState(error: FilmLoadError | undefined): { message: CardMessage; retry: boolean } {
  const missing = error?.kind === 'http' && (error.status === 404 || error.status === 410);
  const permanent = missing || error?.kind === 'shape' || error?.kind === 'too-large';
  return {
    message: missing ? 'errorMissing' : ((error && errorMessages[error.kind]) ?? 'error'),
    retry: Boolean(error?.url) && !permanent,
  };
}

/**
 * @tagname film-card
 * @summary A film on any page: poster, title, year, runtime, rating, synopsis, where to watch it and a watchlist button.
 *
 * Data comes from attributes, from a JSON URL (`src`), from JSON or schema.org JSON-LD in a child
 * `<script type="application/ld+json">`, or from the `film` property; see docs/data.md.
 * Content written inside the element (say, a plain link to the film) is shown before the element
 * upgrades, while it waits for the module that reads inline data or the `film` property, to readers
 * without JavaScript, and when the card has no film and nothing to say about one: a card loading
 * `src` shows a skeleton of its size instead, and one that failed says why.
 * `hidden` hides the card, whatever the page's CSS.
 *
 * Only the page's font family and text direction reach inside; every other inherited text style
 * (alignment, indent, transform, italics, spacing, `white-space`) is reset, so a centred app root or
 * a `nowrap` wrapper does not bend the card. Its color scheme is the page's (`color-scheme`), unless
 * `theme` says otherwise.
 *
 * @slot - Fallback content, shown before the element upgrades and when there is no film to show, as written, across the card's width.
 * @slot actions - Extra controls beside the watchlist button (share, review...).
 * @slot footer - A custom footer at the bottom of the card: its pieces stack under everything the card draws beside its poster.
 * @slot suggestion - Your own suggestion, shown under "Not available to stream" when the film streams
 * nowhere, after the card's one watchlist action ("Add to watchlist to be notified when it's
 * available"). For example:
 * `<p slot="suggestion">…but watch free films tonight on <a href="/watch-now">Watch Now</a></p>`
 *
 * @csspart card - The card itself, an `article`.
 * @csspart poster - The poster frame (also the placeholder when there is no poster).
 * @csspart body - Everything beside or below the poster.
 * @csspart title - The title heading.
 * @csspart original-title - The original title, when it differs (full layout only).
 * @csspart meta - The year · runtime · genres line, and the certification.
 * @csspart certification - The age certification for the card's region ("15", "PG-13"), in the meta line.
 * @csspart ratings - The rating badges.
 * @csspart facts - Release date, original language and directors.
 * @csspart synopsis - The synopsis.
 * @csspart more - The "More"/"Less" button of a long synopsis.
 * @csspart availability - Where to watch, as `<watch-availability>` draws it: the offers, or "Not available to stream" and the notify button.
 * @csspart actions - The row holding the watchlist button and the `actions` slot.
 * @csspart watchlist - The watchlist button with its "Not saved yet" status, as `<watchlist-button>` draws them.
 * @csspart trailer - The "Trailer" link, beside the watchlist button, when the film has one.
 * @csspart error - The error state.
 * @csspart retry - The "Retry" button of the error state.
 * @csspart rating-badge - Each rating badge's `badge` part. The parts of what a card draws of the other elements take the card's own names, prefixed by the element's: see `<rating-badge>`, `<watch-availability>` and `<watchlist-button>` for what each one is.
 * @csspart rating-source - A rating badge's `source`.
 * @csspart rating-stars - A rating badge's `stars`.
 * @csspart rating-value - A rating badge's `value`.
 * @csspart rating-scale - A rating badge's `scale`.
 * @csspart rating-votes - A rating badge's `votes`.
 * @csspart rating-hint - A rating badge's `hint`.
 * @csspart availability-title - The availability block's `title`.
 * @csspart availability-group - The availability block's `group`.
 * @csspart availability-heading - The availability block's `heading`.
 * @csspart availability-offer - The availability block's `offer`.
 * @csspart availability-logo - The availability block's `logo`.
 * @csspart availability-monogram - The availability block's `monogram`.
 * @csspart availability-provider - The availability block's `provider`.
 * @csspart availability-quality - The availability block's `quality`.
 * @csspart availability-price - The availability block's `price`.
 * @csspart availability-more - The availability block's `more`.
 * @csspart availability-empty - The availability block's `empty`.
 * @csspart availability-notify - The availability block's `notify`.
 * @csspart availability-notify-icon - The availability block's `notify-icon`.
 * @csspart availability-provenance - The availability block's `provenance`.
 * @csspart watchlist-button - The watchlist button's `button`.
 * @csspart watchlist-icon - The watchlist button's `icon`.
 * @csspart watchlist-label - The watchlist button's `label`.
 * @csspart watchlist-status - The watchlist button's `status`.
 *
 * @cssprop [--film-card-background=#ffffff] - Card background (dark scheme: #1c1c21).
 * @cssprop [--film-card-color=#18181b] - Text color (dark scheme: #f4f4f5).
 * @cssprop [--film-card-muted-color=#52525b] - Secondary text (dark scheme: #b4b4bd).
 * @cssprop [--film-card-accent-color=#0b57d0] - Links, focus rings and buttons (dark scheme: #8ab4f8).
 * @cssprop [--film-card-border-color=#e4e4e7] - Border color (dark scheme: #3f3f46).
 * @cssprop [--film-card-border-width=1px] - Border width.
 * @cssprop [--film-card-radius=0.75rem] - Corner radius of the card.
 * @cssprop [--film-card-shadow=0 1px 2px rgb(0 0 0 / 0.06), 0 4px 12px rgb(0 0 0 / 0.06)] - Card shadow (none in the dark scheme).
 * @cssprop [--film-card-padding=1rem] - Space inside the card in the full layout, growing to 1.5× on wide cards (compact rows and poster tiles keep their own).
 * @cssprop [--film-card-gap=1rem] - Space between poster and details in the full layout: 1.5× of it side by side, 0.75× stacked on a narrow card.
 * @cssprop [--film-card-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--film-card-font-size=1rem] - Base font size.
 * @cssprop [--film-card-title-font-family=inherit] - Font of the title.
 * @cssprop [--film-card-title-size=1.5em] - Size of the title in the full layout.
 * @cssprop [--film-card-poster-width=9rem] - Width of the poster in the full layout.
 * @cssprop [--film-card-poster-radius=0.5rem] - Corner radius of the poster.
 * @cssprop [--film-card-placeholder-background=#eeeef1] - Poster placeholder and loading skeleton (dark scheme: #2a2a31).
 * @cssprop [--film-card-synopsis-lines=4] - Lines a synopsis over 220 characters is clamped to, with "More" when that hides some of it (a shorter one shows in full).
 * @cssprop [--film-card-loading-height=auto] - Height of the loading skeleton; set it to the loaded height so nothing moves when data arrives.
 *
 * @fires {FilmLoadEvent} film-load - The film from `src` or inline JSON was loaded: `detail.film`. Not fired for the `film` property, which the page already has.
 * @fires {FilmErrorEvent} film-error - Loading `src` failed, or inline JSON or the `film` property gave no film (`detail.url` empty): `detail.kind`, `detail.message`, `detail.url`.
 * @fires {WatchlistEvent} watchlist-add - The user added the film (cancelable): `detail.film` `{ id, title, year }`.
 * @fires {WatchlistEvent} watchlist-remove - The user removed the film (cancelable).
 * @fires {WatchlistErrorEvent} watchlist-error - With `watchlist="local"`, the user's change could not be saved in this browser yet; the card shows "Not saved yet" until it is.
 * @fires {WatchlistSavedEvent} watchlist-saved - The change a `watchlist-error` was about is saved now, as the reader last asked: `detail.film`, `detail.saved`.
 * @fires {OfferSelectEvent} offer-select - The user chose a streaming offer (a middle click too). Cancelable: cancel it to route the click yourself, but leave a click with `detail.modified` (a new tab, window or download asked for) to the browser. The card's offer links open in a new tab.
 */
export class FilmCard extends LitElement {
  static override styles = styles;

  static override properties = {
    film: { attribute: false },
    src: {},
    loading: {},
    timeout: { type: Number },
    fetcher: { attribute: false },
    adapters: { attribute: false },
    filmId: { attribute: 'film-id' },
    filmTitle: { attribute: 'film-title' },
    originalTitle: { attribute: 'original-title' },
    year: {},
    releaseDate: { attribute: 'release-date' },
    runtime: {},
    language: {},
    genres: {},
    synopsis: {},
    poster: {},
    posterAlt: { attribute: 'poster-alt' },
    rating: {},
    ratingMax: { attribute: 'rating-max' },
    votes: {},
    ratingSource: { attribute: 'rating-source' },
    href: {},
    region: {},
    offers: {},
    variant: { reflect: true, useDefault: true, converter: stringAttribute },
    theme: { reflect: true, converter: stringAttribute },
    headingLevel: { attribute: 'heading-level', type: Number },
    inWatchlist: { attribute: 'in-watchlist', type: Boolean, reflect: true, useDefault: true },
    pending: { type: Boolean },
    watchlist: {},
    jsonLd: { attribute: 'json-ld', type: Boolean },
    synopsisOpen: { state: true },
    slottedActions: { state: true },
    posterFailed: { state: true },
  };

  /** The film as an object (this library's `Film` shape, schema.org JSON-LD, TMDB or OMDb JSON). Wins over every other source. */
  film?: Film | object;

  /** A URL of JSON describing the film, in any supported shape. */
  src?: string;

  /** `lazy` (default) fetches `src` when the card nears the viewport; `eager` fetches at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Milliseconds before a `src` request gives up. */
  timeout = 10_000;

  /** A fetch function to load `src` with (auth headers, a proxy, an app cache). */
  fetcher?: typeof fetch;

  /** Extra JSON adapters, tried before the built-in ones. */
  adapters?: FilmAdapter[];

  /** A stable id for the film (e.g. an IMDb id); the watchlist needs it. */
  filmId?: string;

  /** The title. (Not `title`: that global attribute would paint a tooltip over the whole card.) */
  filmTitle?: string;

  /** The title in the film's own language, shown when it differs. */
  originalTitle?: string;

  /** Year of release. */
  year?: string | number;

  /** Release date, ISO 8601 (`2018-09-14`). */
  releaseDate?: string;

  /** Running time in minutes, or an ISO 8601 duration (`PT1H52M`). */
  runtime?: string | number;

  /** Original language: a BCP 47 code (`ko`) or a name. */
  language?: string;

  /** Genres, comma separated. */
  genres?: string;

  /** A short synopsis. */
  synopsis?: string;

  /** URL of the poster image. */
  poster?: string;

  /** Text alternative for the poster; defaults to "Poster for <title>". */
  posterAlt?: string;

  /** The score, e.g. `7.5`. */
  rating?: string | number;

  /** The top of the rating's scale; defaults to the source's. */
  ratingMax?: string | number;

  /** How many votes the rating is based on. */
  votes?: string | number;

  /** Where the rating comes from: `imdb`, `tmdb`, `letterboxd`, `metacritic`, `rotten-tomatoes`, or a name. */
  ratingSource?: string;

  /** A link to the film's page; the title links to it. */
  href?: string;

  /** The country whose streaming offers are shown (ISO 3166-1, e.g. `GB`); defaults to the page language's region. */
  region?: string;

  /**
   * Offers for `region` written by hand: `none` when the film streams nowhere, or a JSON array of
   * offers. `<watch-offer>` children work too. Either replaces offers from other sources.
   */
  offers?: string;

  /** Layout: `full` (poster beside details), `compact` (a row for lists) or `poster` (a tile for grids). */
  variant: 'full' | 'compact' | 'poster' = 'full';

  /**
   * `light` or `dark` forces a color scheme; `auto` follows the reader's system setting. Without it
   * the card takes the page's `color-scheme`: light on a light-only page, the reader's on a page that
   * declares `light dark`, dark on a dark page.
   */
  theme?: 'light' | 'dark' | 'auto';

  /** The level of the title heading (1-6), to fit the outline of the page around the card. */
  headingLevel = 3;

  /** Whether the film is on the reader's watchlist. Set it when the host owns the list. */
  inWatchlist = false;

  /**
   * Whether that state is not saved yet: the watchlist button and "Notify me" say "Not saved yet".
   * For a page that saves the list elsewhere: set it while its own save is under way or has failed.
   * With `watchlist="local"` the card says so on its own while storage refuses a change.
   */
  pending = false;

  /** `local` keeps the watchlist in this browser (localStorage), in sync across cards and tabs. */
  watchlist?: 'local';

  /**
   * Also writes the film as schema.org `Movie` JSON-LD into the page (a script inside the card), so
   * search engines can show rich results for it. Skipped when the card holds JSON-LD written by hand.
   */
  jsonLd = false;

  private synopsisOpen = false;
  /** The synopsis `synopsisOpen` is about. */
  private synopsisShown?: string;
  /** Whether the page put anything in the `actions` slot. */
  private slottedActions = false;
  private posterFailed = false;
  /** The kinds of offer whose group shows every offer, past four. */
  private expandedOffers: ReadonlySet<string> = new Set();
  /** Logo URLs that failed to load; their offers show the provider's name alone. */
  private readonly failedLogos = new Set<string>();

  /** Whether focus was on Retry when it was pressed, and should follow to what replaces it. */
  private refocus = false;

  private readonly locale = new LocaleController(this);
  private readonly data = new FilmController(this);
  /** Whether the clamped synopsis hides some of its text, at the card's current width. */
  // Measured only while clamped: a short synopsis, or an opened one, fits by definition, and its
  // layouts would only update the card for nothing.
  private readonly synopsisClamp = new OverflowController(this, 'synopsis', () =>
    this.clamped(this.data.film?.synopsis),
  );
  /** The one writer of the card's watchlist state, shared by its button and "Notify me". */
  private readonly watchlistState = new WatchlistController(this, () => ({
    film: this.watchlistEntry(),
    local: this.watchlist === 'local',
  }));
  /** The film `watchlistEntry()` last named, and what it named it. */
  private entryOf?: [Film, WatchlistFilm | undefined];
  /** The JSON-LD writer, loaded the first time `json-ld` is set; it then keeps the script current. */
  private jsonLdOutput?: Promise<unknown>;
  /** The author's content, shown while the first update waits (see scheduleUpdate). */
  private waitingSlot?: HTMLSlotElement;

  /**
   * A server-rendered card keeps the shadow root the server wrote, and Lit's hydration adopts none
   * of the card's styles there: the server's `<style>` elements are all it has. One of them sits
   * beside where to watch (see ssr/styles-later.ts), and a redraw that replaces the block (a new
   * `src`, Retry) takes it along. Adopted, the card's rules stay whatever it draws next.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!isServer && root instanceof ShadowRoot && !root.adoptedStyleSheets.length)
      adoptStyles(root, (this.constructor as typeof FilmCard).elementStyles);
    return root;
  }

  /**
   * Holds an update back until the data layer is in, for `film` or inline JSON, so that the card
   * never shows a state only the module's absence caused (a card with `src` shows its skeleton
   * meanwhile). A card written as attributes waits for nothing. `updateComplete` waits too. Before
   * its first render, a card that waits shows what the page wrote inside it, as it did before it
   * was defined. The JSON-LD writer changes nothing the card shows: the card is drawn without it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const data = this.data.whenReady(this.film);
    if (this.jsonLd && !isServer) this.jsonLdOutput ??= this.loadJsonLdOutput();
    if (!data) {
      // A server-rendered card hydrates in a task of its own (see shared/hydrate-page.ts). Reading
      // its film now, in the task that released it, leaves that task only the hydration itself: on
      // a phone, the two together are one long task. willUpdate() then finds nothing changed.
      if (!this.hasUpdated && this.shadowRoot?.firstChild) this.readInputs();
      return super.scheduleUpdate();
    }
    if (!this.hasUpdated && this.shadowRoot && !this.shadowRoot.firstChild) {
      this.waitingSlot = this.shadowRoot.appendChild(document.createElement('slot'));
      this.waitingSlot.className = 'fallback';
    }
    return data.then(() => super.scheduleUpdate());
  }

  /** Also waits for the JSON-LD writer of a `json-ld` card, and so for its script. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (this.jsonLd && this.jsonLdOutput) await this.jsonLdOutput;
    return complete;
  }

  // Removed once the first render is in, in the same task: a render that throws leaves it showing.
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.waitingSlot?.remove();
    this.waitingSlot = undefined;
  }

  private async loadJsonLdOutput() {
    try {
      const { JsonLdController } = await import('../controllers/json-ld-controller.js');
      // Kept by the card's controller list. A card drawn meanwhile gets its script now.
      const writer = new JsonLdController(this, () => (this.jsonLd ? this.data.film : undefined));
      if (this.hasUpdated) writer.hostUpdated();
    } catch (error) {
      // The next update tries again; the page hears of it once, as of the data module.
      this.jsonLdOutput = undefined;
      warnOnce(
        FilmCard,
        `<film-card> json-ld: could not load the JSON-LD writer (${String(error)}).`,
        'json-ld writer',
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Said once each, naming what they take; the defaults apply meanwhile.
    if (changed.has('theme')) keyword(this, 'theme', this.theme, ['light', 'dark', 'auto']);
    if (changed.has('watchlist')) keyword(this, 'watchlist', this.watchlist, ['local']);
    if (changed.has('inWatchlist')) warnIfFalse(this, 'in-watchlist');
    if (changed.has('jsonLd')) warnIfFalse(this, 'json-ld');
    this.readInputs();
    // Known before the first render, so that a card with an action of the page is drawn once; the
    // slot says so from then on (a slot forwarded into this one is only known by its assignment).
    if (!this.hasUpdated && !isServer)
      this.slottedActions = this.querySelector(':scope > [slot="actions"]:not(slot)') !== null;
    if (changed.has('poster') || changed.has('film') || changed.has('src')) this.posterFailed = false;
    // "More" opened one synopsis: another film's, or new text, shows clamped again.
    const synopsis = this.data.film?.synopsis;
    if (synopsis !== this.synopsisShown) {
      this.synopsisShown = synopsis;
      this.synopsisOpen = false;
    }
    // A locally saved watchlist is the truth for the card too, so its own state, its reflected
    // attribute and the availability block's "Notify me" agree with the button after a reload.
    this.watchlistState.sync();
  }

  /** Hands every way in to the film to the data controller, which reads what changed. */
  private readInputs() {
    this.data.set({
      film: this.film,
      attributes: readFilmAttributes(this),
      offers: this.offers,
      src: this.src,
      loading: keyword(this, 'loading', this.loading, ['lazy', 'eager']) ?? 'lazy',
      timeout: checkedWholeNumber(this, 'timeout', this.timeout, 1, 2 ** 31 - 1, 10_000),
      fetcher:
        typeof this.fetcher === 'function'
          ? this.fetcher
          : this.ignored('fetcher', this.fetcher, 'a function'),
      adapters: Array.isArray(this.adapters)
        ? this.adapters
        : this.ignored('adapters', this.adapters, 'a list'),
    });
  }

  /** Undefined, with one warning when `value` was set: the card goes on without it. */
  private ignored(property: string, value: unknown, expected: string): undefined {
    if (value !== undefined && value !== null)
      warnOnce(
        this,
        `<film-card> ignored its ${property} property: it takes ${expected}, not a ${typeof value}.`,
      );
    return undefined;
  }

  /** `region` when it is text (a region code is checked where it is used), else undefined. */
  private regionInput(): string | undefined {
    return typeof this.region === 'string'
      ? this.region
      : this.ignored('region', this.region, 'a region code');
  }

  override render(): TemplateResult {
    const { status, film } = this.data;
    if (status === 'loading') return this.renderSkeleton();
    if (status === 'error' && !film) return this.renderError();
    if (!film) return html`<slot class="fallback"></slot>`;
    return this.renderFilm(film);
  }

  private t(key: CardMessage, params?: Record<string, string | number>): string {
    return translate(messages, this.locale.value, key, params);
  }

  /** `lang` for the card's own words: "en" where the page's language has no messages. */
  private english() {
    return englishFallback(messages, this.locale.value) ?? nothing;
  }

  private renderFilm(film: Film) {
    const compact = this.variant === 'compact';
    const tile = this.variant === 'poster';
    // Known while rendering, on a server too: static HTML shows one watchlist control, not two.
    const availability = compact || tile ? undefined : this.availabilityView(film);
    const nowhere = availability !== undefined && availability.offers.length === 0;
    return html`<article part="card" class=${this.layout()} aria-labelledby="title"><div class="layout">
      ${this.renderPoster(film)}
      <div part="body" class=${nowhere ? 'streams-nowhere' : nothing}>
        <div class="summary">
        ${this.renderTitle(film)}${
          film.originalTitle && film.originalTitle !== film.title && !compact && !tile
            ? html`<p part="original-title"><span class="visually-hidden" lang=${this.english()}>${this.t('originalTitle')}: </span><span lang=${languageTag(film.language) ?? nothing} dir="auto">${film.originalTitle}</span></p>`
            : nothing
        }${this.renderMeta(film)}${
          film.ratings?.length
            ? flatList(
                ratingItem,
                film.ratings.map((rating) => [
                  renderRating(ratingView(rating), this.locale.value, ratingHtml),
                ]),
                ratingList,
              )
            : nothing
        }${compact || tile ? nothing : this.renderFacts(film)}${compact || tile ? nothing : this.renderSynopsis(film)}
        </div>
        ${availability ? html`<div part="availability">${renderAvailability(availability, this.locale.value, availabilityHtml, this.availabilityActions)}</div>` : nothing}
        <div part="actions" class=${this.actionsClass(film)}>
          ${
            film.id
              ? html`<span part="watchlist">${renderWatchlistButton(
                  {
                    film: this.watchlistEntry(),
                    saved: Boolean(this.inWatchlist),
                    pending: this.watchlistState.unsaved,
                    iconOnly: compact || tile,
                    onClick: this.handleWatchlistClick,
                  },
                  this.locale.value,
                  buttonHtml,
                )}</span>`
              : nothing
          }${this.renderTrailer(film)}
          <slot name="actions" @slotchange=${this.handleActionsSlot}></slot>
        </div>
        <slot name="footer"></slot>
      </div>
    </div>${film.href || film.trailer || (availability && linksOpenNewTab(availability)) ? renderNewTabNote(this.locale.value) : nothing}</article>`;
  }

  /**
   * `bare` when the row holds the watchlist button alone, which the styles hide where the film
   * streams nowhere; `empty` when it holds nothing. Either way, no empty row adds its gap.
   */
  private actionsClass(film: Film) {
    if (film.trailer || this.slottedActions) return nothing;
    return film.id ? 'bare' : 'empty';
  }

  private readonly handleWatchlistClick = () => this.watchlistState.toggle();

  private handleActionsSlot(event: Event) {
    this.slottedActions = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  private layout(): string {
    return keyword(this, 'variant', this.variant, ['full', 'compact', 'poster']) ?? 'full';
  }

  private renderPoster(film: Film) {
    const src = film.poster?.src;
    if (!src || this.posterFailed) {
      return html`<div part="poster" class="placeholder">
        <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5">
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <path d="M3 9h18M8 4l-2 5M13 4l-2 5M18 4l-2 5" />
        </svg>
      </div>`;
    }
    return html`<div part="poster">
      <img src=${src} alt=${film.poster?.alt || this.t('poster', { title: film.title })} lang=${film.poster?.alt ? nothing : this.english()} width=${film.poster?.width ?? nothing} height=${film.poster?.height ?? nothing} loading=${this.loading === 'eager' ? 'eager' : 'lazy'} decoding="async" referrerpolicy="no-referrer" @error=${this.handlePosterError} />
    </div>`;
  }

  // A title takes its own direction (dir="auto" isolates it): "Who Framed Roger Rabbit?" on a
  // right-to-left page keeps its question mark at the end, and the heading still aligns to the page.
  private renderTitle(film: Film) {
    return html`<div part="title" role="heading" aria-level=${this.level()} id="title">
      ${film.href ? html`<a href=${film.href} target="_blank" rel="noopener noreferrer" aria-describedby=${newTabNote} dir="auto">${film.title}</a>` : html`<span dir="auto">${film.title}</span>`}
    </div>`;
  }

  private level(): number {
    return checkedWholeNumber(this, 'heading-level', this.headingLevel, 1, 6, 3);
  }

  private renderMeta(film: Film) {
    const locale = this.locale.value;
    const items = metaItems(film, locale);
    const certification = this.renderCertification(film);
    return items.length || certification !== nothing
      ? flatList(
          metaItem,
          items.map((item) => [item]),
          metaList,
          certification,
        )
      : nothing;
  }

  /** The age certification for the card's region, when the data has one ("15", "PG-13"). */
  private renderCertification(film: Film) {
    const rating = certificationFor(film.certifications, this.regionInput(), this.locale.value);
    return rating
      ? html`<li><span class="visually-hidden" lang=${this.english()}>${this.t('certification')}: </span><span part="certification">${rating}</span></li>`
      : nothing;
  }

  /**
   * A plain link out to the trailer: nothing is embedded, and nothing loads before a click. It is
   * named with its film ("Trailer: Parasite") among the other cards' links.
   */
  private renderTrailer(film: Film) {
    return film.trailer
      ? html`<a part="trailer" href=${film.trailer} target="_blank" rel="noopener noreferrer" aria-label=${translate(controlMessages, this.locale.value, 'named', { label: this.t('trailer'), title: film.title })} aria-describedby=${newTabNote} lang=${this.english()}>${this.t('trailer')}</a>`
      : nothing;
  }

  private renderFacts(film: Film) {
    const locale = this.locale.value;
    const released = film.releaseDate ? formatDate(film.releaseDate, locale) : undefined;
    const directors = film.directors?.length
      ? listFormat(locale).format(film.directors.map((person) => person.name))
      : undefined;
    const facts: [CardMessage, string | undefined][] = [
      ['released', released],
      ['language', film.language ? formatLanguage(film.language, locale) : undefined],
      ['directedBy', directors],
    ];
    const shown = facts.filter(([, value]) => value);
    const english = this.english();
    return shown.length
      ? flatList(
          factItem,
          shown.map(([label, value]) => [english, this.t(label), value]),
          factList,
        )
      : nothing;
  }

  /** Whether a synopsis shows clamped: long enough to be, and not opened by "More". */
  private clamped(synopsis: string | undefined) {
    return !this.synopsisOpen && clampable(synopsis);
  }

  private renderSynopsis(film: Film) {
    if (!film.synopsis) return nothing;
    const long = clampable(film.synopsis);
    const clamped = this.clamped(film.synopsis);
    // Until the first layout says whether the clamp hides anything (and on a server), it is taken to.
    // A focused "More" stays until focus leaves it, though the card has widened: focus is never lost.
    const more =
      long &&
      (this.synopsisOpen ||
        this.synopsisClamp.overflows ||
        this.shadowRoot?.activeElement?.matches('[part~="more"]'));
    return html`<p part="synopsis" id="synopsis" class=${clamped ? 'clamped' : ''}>${film.synopsis}</p>
      ${
        more
          ? html`<button part="more" class="link-button" aria-expanded=${this.synopsisOpen} aria-controls="synopsis" lang=${this.english()} @click=${this.toggleSynopsis} @blur=${this.handleMoreBlur}>
            ${this.t(this.synopsisOpen ? 'less' : 'more')}
          </button>`
          : nothing
      }`;
  }

  /**
   * The card's film as the watchlist and its events name it. Asked for by the controller, the
   * button and "Notify me" at each update, it is worked out once per film object (one per update).
   */
  private watchlistEntry(): WatchlistFilm | undefined {
    const film = this.data.film;
    if (!film) return undefined;
    if (this.entryOf?.[0] !== film) this.entryOf = [film, watchlistFilm(film.id, film.title, film.year)];
    return this.entryOf[1];
  }

  /** What the availability block shows, when the film has offers or says where it has none. */
  private availabilityView(film: Film): AvailabilityView | undefined {
    // Offers written by hand stand for the region shown and replace the film's own.
    if (!film.availability && !film.offers) return undefined;
    const data = film.offers ? [] : film.availability!;
    const region = pickRegion(data, this.wantedRegion(), this.locale.value);
    const entry = data.find((item) => item.region === region);
    const offers = [...(entry?.offers ?? []), ...(film.offers ?? [])];
    return {
      offers,
      entry,
      region,
      level: Math.min(this.level() + 1, 6),
      max: 4,
      target: '_blank',
      expanded: this.expandedOffers,
      failedLogos: this.failedLogos,
      film: offers.length ? undefined : this.watchlistEntry(),
      inWatchlist: Boolean(this.inWatchlist),
      pending: this.watchlistState.unsaved,
      noteDrawnByOwner: true,
    };
  }

  private readonly availabilityActions: AvailabilityActions = {
    toggleGroup: (kind) => {
      const expanded = new Set(this.expandedOffers);
      if (!expanded.delete(kind)) expanded.add(kind);
      this.expandedOffers = expanded;
      this.requestUpdate();
    },
    select: (event, offer) => selectOffer(this, event, offer, this.data.film?.id),
    logoError: (event) => {
      this.failedLogos.add((event.target as HTMLImageElement).getAttribute('src')!);
      this.requestUpdate();
    },
    notify: () => this.watchlistState.toggle(),
  };

  /** `region` as a code, said once when it is not one; the reader's region stands in for it. */
  private wantedRegion(): string | undefined {
    return wantedRegion(this.regionInput(), (field, message) =>
      warnOnce(this, `<film-card> ${field}: ${message}`),
    );
  }

  private renderSkeleton() {
    return html`<article part="card" class="${this.layout()}${this.data.fetching ? ' shimmer' : ''}" aria-busy="true"><div class="layout">
      <div part="poster"></div>
      <div part="body">
        <span class="visually-hidden" role="status" lang=${this.english()}>${this.t('loading')}</span>
        <div class="skeleton-line title"></div>
        <div class="skeleton-line short"></div>
        <div class="skeleton-line"></div>
        <div class="skeleton-line"></div>
      </div>
    </div></article>`;
  }

  // Not an alert: a page of cards that goes offline would interrupt a screen reader once per card,
  // for loads the reader did not ask for. A reader who presses Retry hears the answer where focus
  // goes (see updated()): Retry again, described by the message, or without Retry the card itself,
  // described by it (only then: in browse mode, a description read beside its own text is read twice).
  private renderError() {
    const { message, retry } = errorState(this.data.error);
    return html`<article part="card" class=${this.layout()} aria-describedby=${retry ? nothing : 'error-message'}><div class="layout">
      <div part="poster" class="placeholder"></div>
      <div part="body error" lang=${this.english()}>
        <p id="error-message">${this.t(message)}</p>
        ${retry ? html`<button part="retry" aria-describedby="error-message" @click=${this.handleRetry}>${this.t('retry')}</button>` : nothing}
      </div>
    </div></article>`;
  }

  /** Retry replaces the error, and the button with it: focus follows to what takes its place. */
  private handleRetry() {
    this.refocus = this.shadowRoot?.activeElement != null;
    this.data.retry();
  }

  protected override firstUpdated(): void {
    // A server-rendered poster may have failed before the card was hydrated, its `error` event gone
    // unheard. A broken image is complete without a width; decode() tells it from an SVG without one.
    const poster = this.renderRoot.querySelector<HTMLImageElement>('[part~="poster"] img');
    if (poster?.complete && !poster.naturalWidth) poster.decode().catch(() => this.handlePosterError());
  }

  protected override updated(): void {
    if (!this.refocus) return;
    const status = this.data.status;
    // Until the answer, the skeleton holds focus; then the new content, or Retry again, or the
    // error itself where there is no Retry (a film not found).
    const target =
      (status === 'error' && this.renderRoot.querySelector<HTMLElement>('[part~="retry"]')) ||
      this.renderRoot.querySelector<HTMLElement>('[part~="card"]');
    if (status !== 'loading') this.refocus = false;
    if (!target || this.shadowRoot?.activeElement) return;
    // Focus is put back only where it was lost (to the page's body, with the button that held it);
    // a reader who has moved on to the rest of the page while the film loads stays there.
    if (focusedElement() !== document.body) {
      this.refocus = false;
      return;
    }
    if (target.localName === 'article') target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }

  private toggleSynopsis() {
    // Clamped again, the synopsis is watched again, and measured at its first observation.
    this.synopsisOpen = !this.synopsisOpen;
  }

  /** A "More" kept only because it had focus goes once focus leaves. */
  private handleMoreBlur() {
    this.requestUpdate();
  }

  private handlePosterError() {
    this.posterFailed = true;
  }
}
