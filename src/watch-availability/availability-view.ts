import { nothing, type TemplateResult } from 'lit';
import type { HtmlTag } from '../shared/html.js';
import { offerKinds } from '../data/normalize.js';
import type { Availability, Offer, OfferKind } from '../data/film.js';
import { dateFormat, numberFormat, perLocale, type NumberFormatter } from '../format/intl.js';
import { englishFallback, translate } from '../i18n/translate.js';
import { emit } from '../shared/events.js';
import { newTabNote, opensNewTab, renderNewTabNote } from '../shared/new-tab.js';
import type { WatchlistFilm } from '../watchlist/events.js';
import { controlMessages } from '../watchlist/messages.js';
import { messages, type AvailabilityMessage } from './messages.js';
import { regionName } from './region.js';

/**
 * `offer-select`: a user activated an offer's link, in `<watch-availability>` or a card. Cancelable:
 * a host that calls preventDefault() keeps the browser from following the link and routes the click
 * itself (affiliate tracking, SPA navigation). A middle click fires it too. `modified` says the
 * reader asked for something else than following the link (a middle click; Ctrl, ⌘, Shift or Alt
 * held: a new tab or window, a download): a host that routes clicks in place leaves those to the
 * browser (`if (event.detail.modified) return;`), as routers do. A card's offer links open in a
 * new tab of their own when followed. `offer.href` is the sanitised absolute URL.
 */
export type OfferSelectEvent = CustomEvent<{
  readonly offer: Readonly<Offer>;
  readonly filmId?: string;
  readonly modified: boolean;
}>;

/** Fires `offer-select` for a click or a middle click on an offer's link, and follows a veto. */
export function selectOffer(
  host: HTMLElement,
  event: MouseEvent,
  offer: Offer,
  filmId: string | undefined,
): void {
  if (event.type === 'auxclick' && event.button !== 1) return;
  const modified = event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
  if (!emit(host, 'offer-select', { offer, filmId, modified }, { cancelable: true })) event.preventDefault();
}

declare global {
  interface GlobalEventHandlersEventMap {
    'offer-select': OfferSelectEvent;
  }
}

/** What the block shows, from values already checked. */
export interface AvailabilityView {
  /** The offers for the region shown, from every source. */
  offers: Offer[];
  /** The region's entry in the film's availability, for "Checked on" and the data's source. */
  entry?: Availability;
  /** The region shown, as a code; its name goes into the title. */
  region?: string;
  /** The level of the title heading; group headings are one level below. */
  level: number;
  /** How many offers of each kind show before that group's "+N more" button. */
  max: number;
  /** Where links open. */
  target: string | typeof nothing;
  /** The kinds of offer whose group shows every offer. */
  expanded: ReadonlySet<string>;
  /** Logo URLs that failed to load: their offers show the provider's name alone. */
  failedLogos: ReadonlySet<string>;
  /** The film the empty state's notify button adds; no button without one. */
  film?: WatchlistFilm;
  inWatchlist: boolean;
  /** Whether the watchlist state is not saved yet: the notify button says "Not saved yet". */
  pending: boolean;
  /**
   * Whether the shadow root's owner draws the "Opens in a new tab" note its links point to: there
   * is one per shadow root, and a card has links of its own.
   */
  noteDrawnByOwner?: boolean;
}

/** Whether the block shows links that open a new tab: offers, or the source's link. */
export const linksOpenNewTab = ({ target, offers, entry }: AvailabilityView): boolean =>
  opensNewTab(target) && (offers.some((offer) => offer.href) || !!entry?.attribution?.href);

/** What the block's controls do; the element and the card each route them to their own state. */
export interface AvailabilityActions {
  toggleGroup(kind: OfferKind): void;
  select(event: MouseEvent, offer: Offer): void;
  logoError(event: Event): void;
  notify(): void;
}

type Translate = (key: AvailabilityMessage, params?: Record<string, string | number>) => string;

/** The offers by kind, in the order the groups are shown in; only kinds that have offers. */
const groupsOf = (offers: Offer[]): [OfferKind, Offer[]][] =>
  offerKinds
    .map((kind): [OfferKind, Offer[]] => [kind, offers.filter((offer) => offer.kind === kind)])
    .filter(([, group]) => group.length);

const longDates = perLocale((locale) => dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** One of eight monogram colors, the same for a provider on every page. */
const hue = (name: string) => [...name].reduce((sum, char) => (sum * 31 + char.codePointAt(0)!) % 8, 0);

/** The price formats of each currency code a page's offers use ('' for none): a few on any real page. */
const priceFormats = new Map<string, (locale: string) => NumberFormatter>();

/** An offer's price as `locale` writes it, in its currency when it has one; '' without a price. */
function priceOf({ price, currency = '' }: Offer, locale: string): string {
  if (price === undefined) return '';
  let formats = priceFormats.get(currency);
  if (!formats) {
    // signDisplay 'negative': -0 (and anything that rounds to it) shows as 0, never "-£0.00".
    const options: Intl.NumberFormatOptions = currency
      ? { style: 'currency', currency, signDisplay: 'negative' }
      : { minimumFractionDigits: 2, signDisplay: 'negative' };
    priceFormats.set(currency, (formats = perLocale((locale) => numberFormat(locale, options))));
  }
  return formats(locale).format(price);
}

/**
 * Where to watch a film in one region: offers grouped by kind, or "Not available to stream" with a
 * notify button. Drawn by `<watch-availability>` in its own shadow root, and by a card in its own,
 * without an element per card: its classes carry the styles (`availabilityStyles`), its parts are
 * named by `html`: as written in `<watch-availability>` (`offer`), prefixed in a card (`availability-offer`).
 */
export function renderAvailability(
  view: AvailabilityView,
  locale: string,
  html: HtmlTag,
  on: AvailabilityActions,
): TemplateResult {
  const t: Translate = (key, params) => translate(messages, locale, key, params);
  const { offers, region, level, max } = view;
  // The region's name goes into a translated sentence, so it is named in the sentence's language.
  const where = region ? regionName(englishFallback(messages, locale) ?? locale, region) : '';
  // `lang` for the block's own words: "en" where the page's language has no messages.
  const lang = englishFallback(messages, locale) ?? nothing;
  const title = (plain: AvailabilityMessage, inRegion: AvailabilityMessage) =>
    html`<div part="title" class="availability-title" role="heading" aria-level=${level} lang=${lang}>${t(where ? inRegion : plain, { region: where })}</div>`;

  // Links that open a new tab say so: offers, and the source's link.
  const newTab = linksOpenNewTab(view);
  const describedBy = newTab ? newTabNote : nothing;
  const context: Context = { view, locale, html, on, t, lang, describedBy };

  // `max-offers` applies to each group, so every kind of offer (stream, rent, buy...) stays in view.
  return html`${
    offers.length
      ? html`${title('title', 'titleIn')}${groupsOf(offers).map(([kind, group]) => {
          const open = view.expanded.has(kind);
          // A group one offer longer shows it: "+1 more" would take the place of what it hides.
          const folds = group.length > max + 1;
          const shown = open || !folds ? group : group.slice(0, max);
          return html`<div part="group" class="availability-group"><div part="heading" class="availability-heading" role="heading" aria-level=${Math.min(level + 1, 6)} lang=${lang}>${t(kind)}</div><ul class="availability-list" role="list">${shown.map((offer) => renderOffer(offer, context))}</ul>${
            folds
              ? renderMore(kind, open, open ? t('fewer') : t('more', { count: group.length - max }), context)
              : nothing
          }</div>`;
        })}`
      : html`<div part="empty" class="availability-empty">${title('empty', 'emptyIn')}${
          view.film ? renderNotify(view.film, context) : nothing
        }<slot name="suggestion"></slot></div>`
  }${renderProvenance(context)}${newTab && !view.noteDrawnByOwner ? renderNewTabNote(locale) : nothing}`;
}

interface Context {
  view: AvailabilityView;
  locale: string;
  /** The `html` that names the block's parts for the element drawing it. */
  html: HtmlTag;
  on: AvailabilityActions;
  t: Translate;
  lang: string | typeof nothing;
  describedBy: string | typeof nothing;
}

/**
 * "Add to watchlist to be notified": its name says which film, heard among other cards' buttons.
 * It is the only watchlist control where the film streams nowhere (a card hides its own button
 * then), so it has its own live region for "Not saved yet".
 */
function renderNotify({ title }: WatchlistFilm, { view, locale, html, on, t, lang }: Context) {
  const unsaved = view.pending ? translate(controlMessages, locale, 'unsaved') : undefined;
  const label = unsaved ?? t(view.inWatchlist ? 'notified' : 'notify');
  return html`<button part="notify" class="availability-button availability-notify" aria-pressed=${view.inWatchlist} aria-label=${title ? translate(controlMessages, locale, 'named', { label, title }) : nothing} lang=${lang} @click=${on.notify}><svg part="notify-icon" class="availability-notify-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h12v18l-6-4.5L6 21z" /></svg><span>${label}</span></button><span class="availability-status" role="status" lang=${lang}>${unsaved ?? nothing}</span>`;
}

/** A group's "+N more" / "Show fewer" button; its name says which group, heard out of context. */
function renderMore(kind: OfferKind, open: boolean, label: string, { html, on, t, lang }: Context) {
  return html`<button part="more" class="availability-button availability-more" aria-expanded=${open} aria-label=${`${t(kind)}: ${label}`} lang=${lang} @click=${() => on.toggleGroup(kind)}>${label}</button>`;
}

function renderOffer(offer: Offer, { view, locale, html, on, t, describedBy }: Context) {
  const { provider, kind, href, quality } = offer;
  const logo = offer.logo && !view.failedLogos.has(offer.logo) ? offer.logo : undefined;
  const price = priceOf(offer, locale);
  const select = (event: MouseEvent) => on.select(event, offer);
  // The logo's alt text names the provider, so the visible name is hidden from screen readers
  // while the logo shows; the text is the fallback when there is none or it fails to load.
  // Without a logo, a monogram tile keeps every offer the same shape: never a bare text pill. Its
  // letter is drawn by CSS, so the link's visible text stays the provider's name.
  const picture = logo
    ? html`<img part="logo" class="availability-logo" src=${logo} alt=${provider} width="32" height="32" loading="lazy" referrerpolicy="no-referrer" @error=${on.logoError} />`
    : html`<span part="monogram" class=${`availability-monogram hue-${hue(provider)}`} data-initial=${[...provider.trim()][0]?.toLocaleUpperCase(locale) ?? ''}></span>`;
  // Read out of context, as in a list of a page's links, "Apple TV, £3.99" must still say rent or buy.
  // The name is not marked as English where the kind is: it holds the provider's name and the
  // price as the page writes it, which must stay as shown (a name contains the visible text).
  // The item, the link and its content are one template, so that a list of offers costs one per offer.
  return href
    ? html`<li class="availability-item"><a part="offer" class="availability-offer availability-link" href=${href} target=${view.target} rel="noopener noreferrer" aria-label=${[t(kind), provider, quality, price].filter(Boolean).join(', ')} aria-describedby=${describedBy} @click=${select} @auxclick=${select}>${picture}<span part="provider" class="availability-provider" aria-hidden=${logo ? 'true' : nothing}>${provider}</span>${quality ? html` <span part="quality" class="availability-quality">${quality}</span>` : nothing}${price ? html` <span part="price" class="availability-price">${price}</span>` : nothing}</a></li>`
    : html`<li class="availability-item"><span part="offer" class="availability-offer">${picture}<span part="provider" class="availability-provider" aria-hidden=${logo ? 'true' : nothing}>${provider}</span>${quality ? html` <span part="quality" class="availability-quality">${quality}</span>` : nothing}${price ? html` <span part="price" class="availability-price">${price}</span>` : nothing}</span></li>`;
}

function renderProvenance({ view, locale, html, t, lang, describedBy }: Context) {
  const checked = view.entry?.checkedAt;
  const by = view.entry?.attribution;
  if (!checked && !by) return nothing;
  // The source's name is a link inside a translated sentence: split the sentence around it.
  const [before, after] = t('source', { name: '\n' }).split('\n');
  // The date is split out too, and isolated: in an English sentence on a Hebrew page, a Hebrew
  // date keeps its own order. The sentence is isolated inside <time>, whose separator follows it.
  const [beforeDate, afterDate] = t('checked', { date: '\n' }).split('\n');
  const date = checked && longDates(locale).format(new Date(checked));
  // In an English sentence on an Italian page, the date is still Italian.
  const dateLang = lang === nothing ? nothing : locale;
  return html`<p part="provenance" class="availability-provenance">${
    checked
      ? html`<time datetime=${checked} lang=${lang}><bdi>${beforeDate}<bdi lang=${dateLang}>${date}</bdi>${afterDate}</bdi></time>`
      : nothing
  }${
    by
      ? html`<span lang=${lang}>${before}${by.href ? html`<a class="availability-link" href=${by.href} target=${view.target} rel="noopener noreferrer" aria-describedby=${describedBy}>${by.name}</a>` : by.name}${after}</span>`
      : nothing
  }</p>`;
}
