import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { stringAttribute } from '../shared/coerce.js';
import { emit } from '../shared/events.js';
import { warnOnce } from '../shared/warn.js';
import type { WatchlistFilm } from '../watchlist/events.js';
import { isInWatchlist, parseFilm, setInWatchlist, subscribeWatchlist } from '../watchlist/store.js';
import { messages } from './messages.js';
import { styles } from './watchlist-button.styles.js';

/**
 * @tagname watchlist-button
 * @summary A toggle that adds a film to a watchlist: "Add to watchlist" / "In watchlist".
 *
 * A real `<button>` with `aria-pressed`. Its accessible name adds the film's title to the short
 * visible text ("Add to watchlist: Little Pyongyang"). A click flips the state and fires a
 * cancelable event; a listener that calls `preventDefault()` (to ask the user to sign in, say)
 * puts the state back and may set `in-watchlist` itself later. Setting `in-watchlist` from code
 * never fires an event.
 *
 * With `watchlist="local"` the state is saved in this browser (localStorage): every button for the
 * same film on the page and in other tabs follows, and the saved state wins over `in-watchlist`
 * when the button connects or its `film-id` changes. Blocked, full or unreadable storage never
 * throws: the button keeps working in memory and what is already saved is never overwritten.
 *
 * @csspart button - The `<button>`.
 * @csspart icon - The bookmark icon, filled when the film is on the watchlist.
 * @csspart label - The visible text; visually hidden in the `icon` variant.
 *
 * @cssprop [--watchlist-button-color=inherit] - Text and icon color.
 * @cssprop [--watchlist-button-background=transparent] - Background.
 * @cssprop [--watchlist-button-border=1px solid currentColor] - Border.
 * @cssprop [--watchlist-button-radius=0.5em] - Corner radius.
 * @cssprop [--watchlist-button-padding=0.4em 0.8em] - Padding of the `button` variant (the `icon` variant is square).
 * @cssprop [--watchlist-button-font-size=1em] - Font size; the font family and weight are inherited.
 * @cssprop [--watchlist-button-pressed-color=inherit] - Text and icon color when the film is on the watchlist.
 * @cssprop [--watchlist-button-pressed-background=currentColor at 14%] - Background when the film is on the watchlist.
 * @cssprop [--watchlist-button-focus-ring=2px solid currentColor] - Keyboard focus outline.
 *
 * @fires {WatchlistEvent} watchlist-add - The user asked to add the film; `detail.film` is `{ id, title?, year? }`. Cancelable.
 * @fires {WatchlistEvent} watchlist-remove - The user asked to remove the film; same detail. Cancelable.
 */
export class WatchlistButton extends LitElement {
  static override styles = styles;

  /** The film's id, up to 100 characters (an IMDb id, a slug). Required: without it the button is disabled. */
  @property({ attribute: 'film-id' }) filmId = '';

  /** The film's title, for the accessible name and the events. */
  @property({ attribute: 'film-title' }) filmTitle = '';

  /** The film's release year, passed on in the events. */
  @property({ type: Number }) year?: number;

  /** Whether the film is on the watchlist. Setting it from code fires no event. */
  @property({ attribute: 'in-watchlist', type: Boolean, reflect: true }) inWatchlist = false;

  /** `local` saves the state in this browser, shared by every button and tab; absent or empty, the host owns the state. */
  @property() watchlist = '';

  /** `button` shows the icon and the text; `icon` shows only the icon (the text stays for screen readers). */
  @property({ reflect: true, converter: stringAttribute }) variant: 'button' | 'icon' = 'button';

  private readonly locale = new LocaleController(this);
  private unsubscribe?: () => void;

  /**
   * Does what a click does: sets the state (flips it without `force`), fires the event, and puts
   * the state back if a listener vetoes it. Returns whether the film ends in the requested state;
   * false when vetoed or without a `film-id`. Asking for the current state fires nothing.
   */
  toggle(force?: boolean): boolean {
    const film = this.film();
    const saved = force === undefined ? !this.inWatchlist : Boolean(force);
    if (!film) return false;
    if (saved === Boolean(this.inWatchlist)) return true;
    // Saved as soon as the event goes through, not at the next update: a host that removes the
    // button on this event (a list of suggestions, say) disconnects it, and it no longer saves then.
    const local = Boolean(this.unsubscribe);
    this.inWatchlist = saved;
    if (!emit(this, saved ? 'watchlist-add' : 'watchlist-remove', { film }, { cancelable: true })) {
      this.inWatchlist = !saved;
      return false;
    }
    if (local) setInWatchlist(film, saved);
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.follow();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('watchlist')) this.follow();
    const film = this.film();
    // Storage applies only while subscribed: connected in local mode, never in server rendering.
    if (!film || !this.unsubscribe) return;
    if (changed.has('filmId') || changed.has('watchlist')) this.pull();
    else if (changed.has('inWatchlist')) setInWatchlist(film, this.inWatchlist);
  }

  override render(): TemplateResult {
    const film = this.film();
    if (!film) warnOnce(this, '<watchlist-button> is disabled: it needs a film-id of 1 to 100 characters.');
    const locale = this.locale.value;
    const saved = Boolean(this.inWatchlist);
    const label = translate(messages, locale, saved ? 'saved' : 'add');
    return html`<button
      part="button"
      type="button"
      aria-pressed=${saved}
      aria-label=${film?.title ? translate(messages, locale, 'named', { label, title: film.title }) : nothing}
      ?disabled=${!film}
      @click=${() => this.toggle()}
    ><svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h12v18l-6-4.5L6 21z" /></svg><span part="label">${label}</span></button>`;
  }

  /** The film as the events carry it: a long title is cut, a year that is not a positive integer left out. */
  private film(): WatchlistFilm | undefined {
    const title = typeof this.filmTitle === 'string' ? this.filmTitle.trim().slice(0, 300) : '';
    // An empty year attribute converts to 0, which is no year.
    const year = Number.isInteger(this.year) && this.year! > 0 ? this.year : undefined;
    return parseFilm({ id: typeof this.filmId === 'string' ? this.filmId.trim() : '', title, year });
  }

  private pull = (): void => {
    const film = this.film();
    if (film) this.inWatchlist = isInWatchlist(film.id);
  };

  /** Subscribes to the saved watchlist only while connected in local mode, so removed buttons leave no listener behind. */
  private follow(): void {
    const local = this.isConnected && this.watchlist === 'local';
    if (local && !this.unsubscribe) {
      this.unsubscribe = subscribeWatchlist(this.pull);
      this.pull();
    } else if (!local && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }
}
