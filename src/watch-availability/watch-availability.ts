import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Availability, Offer, OfferKind } from '../data/film.js';
import {
  absent,
  normalizeAvailability,
  normalizeOffers,
  offerKinds,
  regionCode,
  show,
  type Warn,
} from '../data/normalize.js';
import { dateFormat, numberFormat } from '../format/intl.js';
import { LocaleController } from '../i18n/locale.js';
import { englishFallback, translate } from '../i18n/translate.js';
import { emit } from '../shared/events.js';
import { newTabNote, opensNewTab, renderNewTabNote } from '../shared/new-tab.js';
import { cancelableToggle } from '../shared/toggle.js';
import { controlMessages } from '../watchlist/messages.js';
import { checkedWholeNumber, warnIfFalse } from '../shared/coerce.js';
import { watchlistFilm } from '../controllers/watchlist-controller.js';
import { warnOnce } from '../shared/warn.js';
import type { WatchlistFilm } from '../watchlist/events.js';
import { messages, type AvailabilityMessage } from './messages.js';
import { offerAttributes } from '../data/watch-offers.js';
import { readOffer } from '../controllers/offer-reader.js';
import { pickRegion, regionName } from './region.js';
import { styles } from './watch-availability.styles.js';

/**
 * `offer-select`: a user activated an offer's link. Cancelable: a host that calls preventDefault()
 * keeps the browser from following the link and routes the click itself (affiliate tracking, SPA
 * navigation). `offer.href` is the sanitised absolute URL.
 */
export type OfferSelectEvent = CustomEvent<{ offer: Offer; filmId?: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'offer-select': OfferSelectEvent;
  }
}

/** The offers by kind, in the order the groups are shown in; only kinds that have offers. */
const groupsOf = (offers: Offer[]): [OfferKind, Offer[]][] =>
  offerKinds
    .map((kind): [OfferKind, Offer[]] => [kind, offers.filter((offer) => offer.kind === kind)])
    .filter(([, group]) => group.length);

/** One of eight monogram colors, the same for a provider on every page. */
const hue = (name: string) => [...name].reduce((sum, char) => (sum * 31 + char.codePointAt(0)!) % 8, 0);

/** An offer's price as `locale` writes it, in its currency when it has one; '' without a price. */
const priceOf = ({ price, currency }: Offer, locale: string) =>
  price === undefined
    ? ''
    : numberFormat(
        locale,
        // signDisplay 'negative': -0 (and anything that rounds to it) shows as 0, never "-£0.00".
        currency
          ? { style: 'currency', currency, signDisplay: 'negative' }
          : { minimumFractionDigits: 2, signDisplay: 'negative' },
      ).format(price);

type Translate = (key: AvailabilityMessage, params?: Record<string, string | number>) => string;

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
 * @fires {OfferSelectEvent} offer-select - A user activated an offer's link. Cancelable: cancel it to route the click yourself.
 * @fires {WatchlistEvent} watchlist-add - A user asked to be notified (empty state). Cancelable: cancelling keeps the button unpressed.
 * @fires {WatchlistEvent} watchlist-remove - A user turned the notification off again. Cancelable: cancelling keeps it pressed.
 */
export class WatchAvailability extends LitElement {
  static override styles = styles;

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
    if (changed.has('region')) this.validRegion = this.wantedRegion(this.warn);
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
    const t: Translate = (key, params) => translate(messages, locale, key, params);

    const data = this.validAvailability;
    const region = pickRegion(data, this.validRegion, locale);
    const entry = data.find((item) => item.region === region);
    const offers = [...(entry?.offers ?? []), ...this.validOffers, ...this.childOffers];

    // The region's name goes into a translated sentence, so it is named in the sentence's language.
    const where = region ? regionName(englishFallback(messages, locale) ?? locale, region) : '';
    const level = checkedWholeNumber(this, 'heading-level', this.headingLevel, 1, 6, 3);
    const max = checkedWholeNumber(this, 'max-offers', this.maxOffers, 1, Infinity, 4);
    // `lang` for the block's own words: "en" where the page's language has no messages.
    const lang = englishFallback(messages, locale) ?? nothing;
    const title = (plain: AvailabilityMessage, inRegion: AvailabilityMessage) =>
      html`<div part="title" role="heading" aria-level=${level} lang=${lang}>${t(where ? inRegion : plain, { region: where })}</div>`;

    // Without a usable `film-id` there is nothing to add: no notify button.
    const film = offers.length ? undefined : this.watchlistFilm();
    if (offers.length) this.internals?.states.delete('empty');
    else this.internals?.states.add('empty');

    // Links that open a new tab say so: offers, and the source's link.
    const newTab =
      opensNewTab(this.linkTarget()) && (offers.some((offer) => offer.href) || !!entry?.attribution?.href);
    const describedBy = newTab ? newTabNote : nothing;

    // `max-offers` applies to each group, so every kind of offer (stream, rent, buy...) stays in view.
    return html`${
      offers.length
        ? html`${title('title', 'titleIn')}${groupsOf(offers).map(([kind, group]) => {
            const open = this.expanded.has(kind);
            // A group one offer longer shows it: "+1 more" would take the place of what it hides.
            const folds = group.length > max + 1;
            const shown = open || !folds ? group : group.slice(0, max);
            return html`<div part="group"><div part="heading" role="heading" aria-level=${Math.min(level + 1, 6)} lang=${lang}>${t(kind)}</div><ul role="list">${shown.map((offer) => this.renderOffer(offer, locale, t, describedBy))}</ul>${
              folds
                ? this.renderMore(
                    kind,
                    open,
                    open ? t('fewer') : t('more', { count: group.length - max }),
                    t,
                    lang,
                  )
                : nothing
            }</div>`;
          })}`
        : html`<div part="empty">${title('empty', 'emptyIn')}${
            film ? this.renderNotify(film, locale, t, lang) : nothing
          }<slot name="suggestion"></slot></div>`
    }
    ${this.renderProvenance(entry, locale, t, lang, describedBy)}${newTab ? renderNewTabNote(locale) : nothing}`;
  }

  /** "Add to watchlist to be notified": its name says which film, heard among other cards' buttons. */
  private renderNotify(
    { title }: WatchlistFilm,
    locale: string,
    t: Translate,
    lang: string | typeof nothing,
  ) {
    const label = this.pending
      ? translate(controlMessages, locale, 'unsaved')
      : t(this.inWatchlist ? 'notified' : 'notify');
    return html`<button part="notify" aria-pressed=${this.inWatchlist} aria-label=${title ? translate(controlMessages, locale, 'named', { label, title }) : nothing} lang=${lang} @click=${this.handleNotify}><svg part="notify-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h12v18l-6-4.5L6 21z" /></svg><span>${label}</span></button>`;
  }

  /** A group's "+N more" / "Show fewer" button; its name says which group, heard out of context. */
  private renderMore(
    kind: OfferKind,
    open: boolean,
    label: string,
    t: Translate,
    lang: string | typeof nothing,
  ) {
    return html`<button part="more" aria-expanded=${open} aria-label=${`${t(kind)}: ${label}`} lang=${lang} @click=${() => this.toggleGroup(kind)}>${label}</button>`;
  }

  private renderOffer(offer: Offer, locale: string, t: Translate, describedBy: string | typeof nothing) {
    const { provider, kind, href, quality } = offer;
    const logo = offer.logo && !this.failedLogos.has(offer.logo) ? offer.logo : undefined;
    const price = priceOf(offer, locale);
    // The logo's alt text names the provider, so the visible name is hidden from screen readers
    // while the logo shows; the text is the fallback when there is none or it fails to load.
    // Without a logo, a monogram tile keeps every offer the same shape: never a bare text pill. Its
    // letter is drawn by CSS, so the link's visible text stays the provider's name.
    const picture = logo
      ? html`<img part="logo" src=${logo} alt=${provider} width="32" height="32" loading="lazy" referrerpolicy="no-referrer" @error=${this.handleLogoError} />`
      : html`<span part="monogram" class=${`hue-${hue(provider)}`} data-initial=${[...provider.trim()][0]?.toLocaleUpperCase(locale) ?? ''}></span>`;
    // Read out of context, as in a list of a page's links, "Apple TV, £3.99" must still say rent or buy.
    // The name is not marked as English where the kind is: it holds the provider's name and the
    // price as the page writes it, which must stay as shown (a name contains the visible text).
    // The item, the link and its content are one template, so that a list of offers costs one per offer.
    return href
      ? html`<li><a part="offer" href=${href} target=${this.linkTarget()} rel="noopener noreferrer" aria-label=${[t(kind), provider, quality, price].filter(Boolean).join(', ')} aria-describedby=${describedBy} @click=${(event: MouseEvent) => this.handleSelect(event, offer)}>${picture}<span part="provider" aria-hidden=${logo ? 'true' : nothing}>${provider}</span>${quality ? html` <span part="quality">${quality}</span>` : nothing}${price ? html` <span part="price">${price}</span>` : nothing}</a></li>`
      : html`<li><span part="offer">${picture}<span part="provider" aria-hidden=${logo ? 'true' : nothing}>${provider}</span>${quality ? html` <span part="quality">${quality}</span>` : nothing}${price ? html` <span part="price">${price}</span>` : nothing}</span></li>`;
  }

  private renderProvenance(
    entry: Availability | undefined,
    locale: string,
    t: Translate,
    lang: string | typeof nothing,
    describedBy: string | typeof nothing,
  ) {
    const checked = entry?.checkedAt;
    const by = entry?.attribution;
    // The source's name is a link inside a translated sentence: split the sentence around it.
    const [before, after] = t('source', { name: '\n' }).split('\n');
    // The date is split out too, and isolated: in an English sentence on a Hebrew page, a Hebrew
    // date keeps its own order. The sentence is isolated inside <time>, whose separator follows it.
    const [beforeDate, afterDate] = t('checked', { date: '\n' }).split('\n');
    const date =
      checked && dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(checked));
    // In an English sentence on an Italian page, the date is still Italian.
    const dateLang = lang === nothing ? nothing : locale;
    return checked || by
      ? html`<p part="provenance">${
          checked
            ? html`<time datetime=${checked} lang=${lang}><bdi>${beforeDate}<bdi lang=${dateLang}>${date}</bdi>${afterDate}</bdi></time>`
            : nothing
        }${
          by
            ? html`<span lang=${lang}>${before}${by.href ? html`<a href=${by.href} target=${this.linkTarget()} rel="noopener noreferrer" aria-describedby=${describedBy}>${by.name}</a>` : by.name}${after}</span>`
            : nothing
        }</p>`
      : nothing;
  }

  private toggleGroup(kind: string) {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(kind)) expanded.add(kind);
    this.expanded = expanded;
  }

  /** Where offer links open: `target` when it is a non-empty string. */
  private linkTarget() {
    return typeof this.target === 'string' && this.target ? this.target : nothing;
  }

  /** `region` as an upper-case code, or undefined (with a warning) when it is not one. */
  private wantedRegion(warn: Warn): string | undefined {
    const region = regionCode(this.region);
    if (!region && !absent(this.region))
      warn('region', `ignored ${show(this.region)} (not a two-letter region code)`);
    else if (region && !regionName('en', region))
      warn('region', `"${region}" names no country or territory: the title names none`);
    return region;
  }

  private handleSelect(event: MouseEvent, offer: Offer) {
    if (!emit(this, 'offer-select', { offer, filmId: this.filmId }, { cancelable: true }))
      event.preventDefault();
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
