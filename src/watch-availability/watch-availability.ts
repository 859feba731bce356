import { LitElement, css, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Availability, Offer } from '../data/film.js';
import { normalizeAvailability, normalizeOffers, show, type Warn } from '../data/normalize.js';
import { LocaleController } from '../i18n/locale.js';
import { cancelableToggle } from '../shared/toggle.js';
import { checkedWholeNumber, warnIfFalse } from '../shared/coerce.js';
import { watchlistFilm } from '../controllers/watchlist-controller.js';
import { warnOnce } from '../shared/warn.js';
import type { WatchlistFilm } from '../watchlist/events.js';
import { offerAttributes } from '../data/watch-offers.js';
import { readOffer } from '../controllers/offer-reader.js';
import { pickRegion, wantedRegion } from './region.js';
import {
  renderAvailability,
  selectOffer,
  type AvailabilityActions,
  type AvailabilityView,
} from './availability-view.js';
import { html } from '../shared/html.js';
import { availabilityBox, availabilityStyles } from './watch-availability.styles.js';
import { hiddenHost, koreanWordBreak } from '../shared/styles.js';

export type { OfferSelectEvent } from './availability-view.js';

const hostStyles = css`
  :host {
    ${availabilityBox}
    /* Holds its visually hidden status, which a scrolling row would otherwise not clip. */
    position: relative;
  }

  * {
    box-sizing: border-box;
  }
`;

/** Unreadable JSON is passed through as text, so that validation quotes it in its warning. */
const json = {
  fromAttribute: (value: string | null): unknown => {
    if (!value?.trim()) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
};

/**
 * @tagname watch-availability
 * @summary Where to watch a film in one country: offers grouped by kind (stream, free, with ads,
 * rent, buy, in cinemas), with safe links, prices in the reader's currency format, and an honest
 * empty state that offers to notify. Inside a `<film-card>`, that offer is the card's one watchlist
 * action.
 *
 * The region shown is `region`, else the page language's region, else the first in the data, and
 * is named in the title ("Where to watch in the United Kingdom"). Only http(s) links and logos are
 * ever rendered; anything else is dropped with one console warning.
 *
 * @slot - `<watch-offer>` elements, read as offers. They are not displayed themselves, so any
 * content inside them (a plain link, say) shows only where scripts do not run.
 * @slot suggestion - Your own suggestion in the empty state, under the notify button. For example:
 * `<p slot="suggestion">…but watch free films tonight on <a href="/watch-now">Watch Now</a></p>`
 *
 * @csspart title - The title naming the region; in the empty state, "Not available to stream in ...".
 * @csspart group - One kind of offer: its heading and its list.
 * @csspart heading - The heading of a group ("Stream", "Rent", ...).
 * @csspart offer - One offer: a link when it has one, else plain text.
 * @csspart logo - The provider's logo; absent when there is none or it fails to load.
 * @csspart monogram - The tile with the provider's initial, in place of a missing logo.
 * @csspart provider - The provider's name (hidden from screen readers while the logo, whose alt text it is, shows).
 * @csspart quality - The picture quality (SD, HD, 4K).
 * @csspart price - The price, in the offer's currency.
 * @csspart more - A group's "+N more" / "Show fewer" button.
 * @csspart empty - The empty state: its title, the notify button and the `suggestion` slot.
 * @csspart notify - The "Add to watchlist to be notified when it's available" toggle button; pressed
 * (and reading "In your watchlist: we'll show it here when it streams") while `in-watchlist`.
 * @csspart notify-icon - The bookmark icon of the notify button, filled while pressed.
 * @csspart provenance - "Checked on <date>" and the data's attribution.
 *
 * @cssprop [--watch-availability-accent-color=currentColor] - Color of focus rings and of the notify button (which otherwise takes `--watchlist-button-color` where it is set).
 * @cssprop [--watch-availability-color=inherit] - Text color.
 * @cssprop [--watch-availability-muted-color=currentColor at 72%] - Color of group headings, quality and provenance.
 * @cssprop [--watch-availability-offer-background=currentColor at 4%] - Background of offers and buttons.
 * @cssprop [--watch-availability-border-color=currentColor at 18%] - Border of offers and buttons.
 * @cssprop [--watch-availability-radius=0.5em] - Corner radius of offers and buttons.
 * @cssprop [--watch-availability-gap=0.5em] - Space between offers, and above a group's "+N more" button.
 * @cssprop [--watch-availability-logo-size=2em] - Width and height of provider logos.
 * @cssprop [--watch-availability-font-size=1em] - Font size of the element.
 *
 * @fires {OfferSelectEvent} offer-select - A user activated an offer's link (a middle click too). Cancelable: cancel it to route the click yourself, but leave a click with `detail.modified` (middle button, Ctrl, ⌘, Shift, Alt: a new tab, window or download asked for) to the browser.
 * @fires {WatchlistEvent} watchlist-add - A user asked to be notified (empty state). Cancelable: cancelling keeps the button unpressed.
 * @fires {WatchlistEvent} watchlist-remove - A user turned the notification off again. Cancelable: cancelling keeps it pressed.
 */
export class WatchAvailability extends LitElement {
  static override styles = [hostStyles, hiddenHost, availabilityStyles, koreanWordBreak];

  static override properties = {
    offers: { converter: json },
    availability: { converter: json },
    region: {},
    filmId: { attribute: 'film-id' },
    filmTitle: { attribute: 'film-title' },
    year: { type: Number },
    inWatchlist: { attribute: 'in-watchlist', type: Boolean, reflect: true, useDefault: true },
    pending: { type: Boolean },
    target: {},
    maxOffers: { attribute: 'max-offers', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    expanded: { state: true },
  };

  /** Offers for the shown region, in the shape of the data model's `Offer`. As an attribute: a JSON array. */
  offers?: Offer[];

  /** Offers per country, as in a film's `availability`; `region` picks one. As an attribute: a JSON array. */
  availability?: Availability[];

  /** The country to show, as an ISO 3166-1 alpha-2 code (`GB`). Defaults to the page language's region. */
  region?: string;

  /** The film's id, passed in `offer-select` and watchlist events. */
  filmId?: string;

  /** The film's title, passed in watchlist events. */
  filmTitle?: string;

  /** The film's year, passed in watchlist events. */
  year?: number;

  /** Whether the film is on the viewer's watchlist: the empty state's notify button shows as pressed. */
  inWatchlist = false;

  /** Whether that state is not saved yet: the notify button says "Not saved yet" instead of "In your watchlist". */
  pending = false;

  /** Where offer links open: a new tab by default (screen readers hear "Opens in a new tab"); `_self` to stay on the page. */
  target = '_blank';

  /** How many offers of each kind show before that group's "+N more" button. A group one longer shows all of them. */
  maxOffers = 4;

  /** The level of the title heading (1 to 6); group headings are one level below. */
  headingLevel = 3;

  /** The kinds of offer whose group shows every offer, past `max-offers`. */
  private expanded: ReadonlySet<string> = new Set();

  // Custom state `empty` (`:state(empty)`), so a card around the block can tell when it shows
  // "not available to stream" and leave the block's button as its one watchlist action.
  private readonly internals = isServer ? undefined : this.attachInternals();

  /** Logo URLs that failed to load; their offers show the provider's name alone. */
  private readonly failedLogos = new Set<string>();

  private readonly locale = new LocaleController(this);

  // The public inputs, validated once each time they change (in willUpdate), never in render().
  private validAvailability: Availability[] = [];
  private validOffers: Offer[] = [];
  private childOffers: Offer[] = [];
  private childOffersKey?: string;
  private childrenStale = true;
  private validRegion?: string;

  // <watch-offer> children can arrive or change after upgrade (a blogger's page still parsing, a
  // framework re-rendering them); the offers shown follow them. Made on connection: a server, which
  // never connects an element, has no MutationObserver.
  private offerObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.offerObserver ??= new MutationObserver(() => {
      this.childrenStale = true;
      this.requestUpdate();
    });
    this.offerObserver.observe(this, { childList: true, subtree: true, attributeFilter: offerAttributes });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offerObserver?.disconnect();
  }

  private readonly warn: Warn = (field, message) =>
    warnOnce(this, `<watch-availability> ${field}: ${message}`);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The attributes' JSON is parsed by their converter, which passes unreadable text through.
    const json = (field: string, value: unknown) =>
      typeof value !== 'string' || (this.warn(field, `ignored ${show(value)} (not a JSON list)`), false);
    if (changed.has('availability'))
      this.validAvailability = json('availability', this.availability)
        ? normalizeAvailability(this.availability, this.warn)
        : [];
    if (changed.has('offers'))
      this.validOffers = json('offers', this.offers) ? normalizeOffers(this.offers, this.warn) : [];
    if (changed.has('region')) this.validRegion = wantedRegion(this.region, this.warn);
    if (changed.has('inWatchlist')) warnIfFalse(this, 'in-watchlist');
    // A server renders without the light DOM, so hand-written offers join when the element upgrades.
    if (this.childrenStale && !isServer) {
      this.childrenStale = false;
      const children = [...this.querySelectorAll('watch-offer')].map(readOffer);
      const key = JSON.stringify(children);
      if (key !== this.childOffersKey) {
        this.childOffersKey = key;
        this.childOffers = normalizeOffers(children, this.warn, 'watch-offer');
      }
    }
  }

  override render(): TemplateResult {
    const locale = this.locale.value;
    const data = this.validAvailability;
    const region = pickRegion(data, this.validRegion, locale);
    const entry = data.find((item) => item.region === region);
    const offers = [...(entry?.offers ?? []), ...this.validOffers, ...this.childOffers];
    if (offers.length) this.internals?.states.delete('empty');
    else this.internals?.states.add('empty');
    const view: AvailabilityView = {
      offers,
      entry,
      region,
      level: checkedWholeNumber(this, 'heading-level', this.headingLevel, 1, 6, 3),
      max: checkedWholeNumber(this, 'max-offers', this.maxOffers, 1, Infinity, 4),
      target: this.linkTarget(),
      expanded: this.expanded,
      failedLogos: this.failedLogos,
      // Without a usable `film-id` there is nothing to add: no notify button.
      film: offers.length ? undefined : this.watchlistFilm(),
      inWatchlist: Boolean(this.inWatchlist),
      pending: Boolean(this.pending),
    };
    return renderAvailability(view, locale, html, this.actions);
  }

  private readonly actions: AvailabilityActions = {
    toggleGroup: (kind) => this.toggleGroup(kind),
    select: (event, offer) => this.handleSelect(event, offer),
    logoError: (event) => this.handleLogoError(event),
    notify: () => this.handleNotify(),
  };

  private toggleGroup(kind: string) {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(kind)) expanded.add(kind);
    this.expanded = expanded;
  }

  /** Where offer links open: `target` when it is a non-empty string. */
  private linkTarget() {
    return typeof this.target === 'string' && this.target ? this.target : nothing;
  }

  private handleSelect(event: MouseEvent, offer: Offer) {
    selectOffer(this, event, offer, this.watchlistFilm()?.id);
  }

  private handleLogoError(event: Event) {
    this.failedLogos.add((event.target as HTMLImageElement).getAttribute('src')!);
    this.requestUpdate();
  }

  /** The film a watchlist event names, or undefined without a usable `film-id`: nothing to add then. */
  private watchlistFilm(): WatchlistFilm | undefined {
    return watchlistFilm(this.filmId, this.filmTitle, this.year);
  }

  private handleNotify() {
    const film = this.watchlistFilm();
    if (film) cancelableToggle(this, film, !this.inWatchlist, (value) => (this.inWatchlist = value));
  }
}
