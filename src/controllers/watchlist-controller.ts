import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import { cancelableToggle } from '../shared/toggle.js';
import type { WatchlistEvent, WatchlistFilm } from '../watchlist/events.js';
import {
  isInWatchlist,
  isUnsaved,
  parseFilm,
  setInWatchlist,
  subscribeWatchlist,
  unsavedReason,
} from '../watchlist/store.js';

type Host = ReactiveControllerHost & HTMLElement & { inWatchlist: boolean };

/** What the controller needs to know of its host at each update. */
export interface WatchlistSource {
  /** The film the control stands for; without one there is nothing to toggle. */
  film?: WatchlistFilm;
  /** Whether the state is saved in this browser (`watchlist="local"`). */
  local: boolean;
}

/**
 * The film as the events carry it, from what an element holds: the id trimmed, a long title cut to
 * 300 characters, a year only when it is a positive whole number. Undefined without a valid id.
 */
export function watchlistFilm(id: unknown, title: unknown, year: unknown): WatchlistFilm | undefined {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const whole = typeof year === 'string' && /^\d+$/.test(year.trim()) ? Number(year) : year;
  return parseFilm({
    id: text(id),
    title: text(title).slice(0, 300) || undefined,
    year: Number.isInteger(whole) && (whole as number) > 0 ? whole : undefined,
  });
}

/**
 * Owns the watchlist state of one control (a `<watchlist-button>`, or a `<film-card>` with its
 * button and "Notify me"): it is the only writer of the host's `inWatchlist` besides the page
 * itself, and the only one that talks to the saved watchlist. In local mode the saved state wins
 * when the control connects or its film changes; the page setting `inWatchlist` later is saved
 * (without an event); a user's change goes through the cancelable toggle, then storage. When
 * storage refuses it, `pending` is true until the change is saved, and the host fires
 * `watchlist-error` once.
 */
export class WatchlistController implements ReactiveController {
  /** Whether the state shown is waiting to be saved in this browser. */
  pending = false;

  private unsubscribe?: () => void;
  private filmId?: string;
  /** The last state this controller gave the host: any other value came from the page. */
  private shown?: boolean;

  constructor(
    private readonly host: Host,
    private readonly source: () => WatchlistSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page, catch up with the saved list at the next update.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.follow(false);
  }

  /** Brings the state up to date; call it from the host's `willUpdate()`. */
  sync(): void {
    const { film, local } = this.source();
    const active = local && this.host.isConnected && !isServer;
    const joined = active && !this.unsubscribe;
    this.follow(active);
    if (!active || !film) {
      this.filmId = undefined;
      this.pending = false;
      return;
    }
    if (joined || film.id !== this.filmId) {
      this.filmId = film.id;
      this.pull();
    } else if (Boolean(this.host.inWatchlist) !== this.shown) {
      this.commit(film, Boolean(this.host.inWatchlist));
    }
  }

  /**
   * Does what a click does: sets the state (flips it without `force`), fires the cancelable event
   * from the host and puts the state back on a veto, then saves it in local mode. Returns whether
   * the film ends in the requested state; false when vetoed or without a film. Asking for the
   * current state fires nothing.
   */
  toggle(force?: boolean): boolean {
    const { film } = this.source();
    if (!film) return false;
    const next = force === undefined ? !this.host.inWatchlist : Boolean(force);
    if (next === Boolean(this.host.inWatchlist)) return true;
    // Saved as soon as the event goes through, not at the next update: a page that removes the
    // control on this event disconnects it, and it would no longer save then.
    const local = Boolean(this.unsubscribe);
    if (!cancelableToggle(this.host, film, next, (value) => this.show(value))) return false;
    if (local && !this.commit(film, next))
      emit(this.host, 'watchlist-error', {
        kind: unsavedReason() ?? 'blocked',
        film,
        saved: next,
        message: 'The change could not be saved in this browser yet; it will be saved at the next chance.',
      });
    return true;
  }

  /**
   * For a control inside the host (the card's button, its "Notify me"): the page hears one event,
   * the host's, and a veto of it reaches the control, which then puts its own state back.
   */
  readonly handleChildEvent = (event: WatchlistEvent): void => {
    event.stopPropagation();
    if (!this.toggle(event.type === 'watchlist-add')) event.preventDefault();
  };

  private show(value: boolean): void {
    this.shown = value;
    this.host.inWatchlist = value;
  }

  private commit(film: WatchlistFilm, saved: boolean): boolean {
    this.shown = saved;
    const done = setInWatchlist(film, saved);
    this.setPending(!done);
    return done;
  }

  private setPending(pending: boolean): void {
    if (pending === this.pending) return;
    this.pending = pending;
    this.host.requestUpdate();
  }

  private readonly pull = (): void => {
    const id = this.filmId;
    if (id === undefined) return;
    this.show(isInWatchlist(id));
    this.setPending(isUnsaved(id));
  };

  /** Subscribes only while connected in local mode, so removed controls leave no listener behind. */
  private follow(on: boolean): void {
    if (on && !this.unsubscribe) {
      this.unsubscribe = subscribeWatchlist(this.pull);
    } else if (!on && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }
}
