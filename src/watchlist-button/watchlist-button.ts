import { LitElement, css, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../i18n/locale.js';
import { WatchlistController, watchlistFilm } from '../controllers/watchlist-controller.js';
import { keyword, quote, stringAttribute, warnIfFalse } from '../shared/coerce.js';
import { hiddenHost, hostReset, koreanWordBreak } from '../shared/styles.js';
import { warnOnce } from '../shared/warn.js';
import type { WatchlistFilm } from '../watchlist/events.js';
import { renderWatchlistButton } from './button-view.js';
import { html } from '../shared/html.js';
import { buttonBox, buttonStyles } from './watchlist-button.styles.js';

const hostStyles = css`
  :host {
    ${buttonBox}
    ${hostReset}
    /* Holds its visually hidden status, which a scrolling row would otherwise not clip. */
    position: relative;
  }
`;

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
 * throws: the button keeps working in memory and what is already saved is never overwritten. A
 * change storage refuses shows "Not saved yet" (also announced) instead of "In watchlist", fires
 * `watchlist-error`, and is saved at the next chance: another tab writing storage, the page
 * hidden, shown or left, the next change.
 *
 * @csspart button - The `<button>`.
 * @csspart icon - The bookmark icon, filled when the film is on the watchlist.
 * @csspart label - The visible text; visually hidden in the `icon` variant.
 * @csspart status - A live region that says "Not saved yet" while a change waits to be saved; shown beside the `icon` variant.
 *
 * @cssprop [--watchlist-button-color=currentColor] - Text and icon color: the text color around the button.
 * @cssprop [--watchlist-button-background=transparent] - Background.
 * @cssprop [--watchlist-button-border=1px solid currentColor] - Border.
 * @cssprop [--watchlist-button-radius=0.5em] - Corner radius.
 * @cssprop [--watchlist-button-padding=0.4em 0.8em] - Padding of the `button` variant (the `icon` variant is square).
 * @cssprop [--watchlist-button-font-size=1em] - Font size; the font family and weight are inherited.
 * @cssprop [--watchlist-button-pressed-color=--watchlist-button-color] - Text and icon color when the film is on the watchlist; the button's color unless set.
 * @cssprop [--watchlist-button-pressed-background=currentColor at 14%] - Background when the film is on the watchlist.
 * @cssprop [--watchlist-button-focus-ring=2px solid currentColor] - Keyboard focus outline.
 *
 * @fires {WatchlistEvent} watchlist-add - The user asked to add the film; `detail.film` is `{ id, title?, year? }`. Cancelable.
 * @fires {WatchlistEvent} watchlist-remove - The user asked to remove the film; same detail. Cancelable.
 * @fires {WatchlistErrorEvent} watchlist-error - With `watchlist="local"`, the user's change could not be saved in this browser yet: `detail.kind` (`quota`, `blocked`, `unreadable`, `unavailable`), `detail.film`, `detail.saved`.
 * @fires {WatchlistSavedEvent} watchlist-saved - The change a `watchlist-error` was about is saved now, as the reader last asked: `detail.film`, `detail.saved`.
 */
export class WatchlistButton extends LitElement {
  static override styles = [hostStyles, hiddenHost, buttonStyles, koreanWordBreak];

  static override properties = {
    filmId: { attribute: 'film-id' },
    filmTitle: { attribute: 'film-title' },
    year: { type: Number },
    inWatchlist: { attribute: 'in-watchlist', type: Boolean, reflect: true, useDefault: true },
    watchlist: {},
    variant: { reflect: true, useDefault: true, converter: stringAttribute },
    pending: { type: Boolean },
  };

  /** The film's id, up to 100 characters (an IMDb id, a slug). Required: without it the button is disabled. */
  filmId = '';

  /** The film's title, for the accessible name and the events. */
  filmTitle = '';

  /** The film's release year, passed on in the events. */
  year?: number;

  /** Whether the film is on the watchlist. Setting it from code fires no event. */
  inWatchlist = false;

  /** `local` saves the state in this browser, shared by every button and tab; absent or empty, the host owns the state. */
  watchlist = '';

  /** `button` shows the icon and the text; `icon` shows only the icon (the text stays for screen readers). */
  variant: 'button' | 'icon' = 'button';

  /**
   * Whether the state shown is not saved yet: the button says "Not saved yet" instead of "In
   * watchlist". For a page that saves the list elsewhere: set it while its own save is under way
   * or has failed. With `watchlist="local"` the button says so on its own while storage refuses a
   * change, and leaves this property as the page set it.
   */
  pending = false;

  private readonly locale = new LocaleController(this);
  private readonly state = new WatchlistController(this, () => ({
    film: this.film(),
    local: this.watchlist === 'local',
  }));

  /**
   * Does what a click does: sets the state (flips it without `force`), fires the event, and puts
   * the state back if a listener vetoes it. Returns whether the film ends in the requested state;
   * false when vetoed or without a `film-id`. Asking for the current state fires nothing.
   */
  toggle(force?: boolean): boolean {
    return this.state.toggle(force);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Said once each, naming what they take; the defaults apply meanwhile.
    if (changed.has('variant')) keyword(this, 'variant', this.variant, ['button', 'icon']);
    if (changed.has('watchlist')) keyword(this, 'watchlist', this.watchlist, ['local']);
    if (changed.has('inWatchlist')) warnIfFalse(this, 'in-watchlist');
    // A year the events cannot carry is said once; they go without it. (An empty attribute is none.)
    if (
      changed.has('year') &&
      this.year != null &&
      !watchlistFilm('-', '', this.year)?.year &&
      this.getAttribute('year') !== ''
    )
      warnOnce(
        this,
        `<watchlist-button> year=${quote(this, 'year', this.year)} is not a year: the events go without it.`,
      );
    this.state.sync();
  }

  override render(): TemplateResult {
    const film = this.film();
    if (!film) warnOnce(this, '<watchlist-button> is disabled: it needs a film-id of 1 to 100 characters.');
    const view = {
      film,
      saved: Boolean(this.inWatchlist),
      pending: this.state.unsaved,
      iconOnly: this.variant === 'icon',
      onClick: this.handleClick,
    };
    return renderWatchlistButton(view, this.locale.value, html);
  }

  private readonly handleClick = () => this.toggle();

  /** The film as the events carry it: a long title is cut, a year that is not a positive integer left out. */
  private film(): WatchlistFilm | undefined {
    return watchlistFilm(this.filmId, this.filmTitle, this.year);
  }
}
