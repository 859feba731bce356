import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import { cancelableToggle } from '../shared/toggle.js';
import type { WatchlistErrorKind, WatchlistFilm } from '../watchlist/events.js';
import { parseFilm } from '../watchlist/film.js';
import { loadWatchlistStore } from '../watchlist/load-store.js';
import { watchlistStore, whenWatchlistStore, type WatchlistStore } from '../watchlist/store-ref.js';

type Host = ReactiveControllerHost & HTMLElement & { inWatchlist: boolean; pending: boolean };

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
  // A number is text to a reader: an id bound from a numeric database key works as its digits.
  const text = (value: unknown) =>
    typeof value === 'string'
      ? value.trim()
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : '';
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
 *
 * The saved watchlist is loaded on demand, when the first control in local mode updates. A user's
 * change made before it arrives shows and fires at once, as always, and is saved when it arrives;
 * if it cannot be loaded, the change shows as not saved (`pending`, `watchlist-error`) and is saved
 * if a later attempt loads it.
 */
export class WatchlistController implements ReactiveController {
  /** Whether the state shown is waiting to be saved in this browser. */
  pending = false;

  /** Whether the control says "Not saved yet": the page's `pending`, or a change waiting here. */
  get unsaved(): boolean {
    return Boolean(this.host.pending) || this.pending;
  }

  private unsubscribe?: () => void;
  private filmId?: string;
  /**
   * The film of the last `watchlist-error` this control fired, and the state the reader last asked
   * for it, until the store holds that state.
   */
  private reported?: { film: WatchlistFilm; saved: boolean };
  /** The last state this controller gave the host: any other value came from the page. */
  private shown?: boolean;
  /** Whether the host is in local mode and connected: its changes are saved in this browser. */
  private local = false;
  /** A user's change made while the saved watchlist was on its way, saved when it arrives. */
  private queued?: { film: WatchlistFilm; saved: boolean };
  /** Whether loading the saved watchlist failed while a change waited (said once, not per attempt). */
  private failed = false;

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
    this.follow(undefined);
  }

  /** Brings the state up to date; call it from the host's `willUpdate()`. */
  sync(): void {
    const { film, local } = this.source();
    this.local = local && this.host.isConnected && !isServer;
    const store = this.local ? watchlistStore() : undefined;
    if (this.local && !store) void this.load();
    const joined = Boolean(store) && !this.unsubscribe;
    this.follow(store);
    if (store) this.flush(store);
    if (!this.local || !film) {
      this.filmId = undefined;
      this.pending = false;
      this.reported = undefined;
      return;
    }
    // Until the saved watchlist is here, the state shown is the host's (and a change waits in `queued`).
    if (!store) return;
    if (joined || film.id !== this.filmId) {
      // Another film: what this control reported was about the last one. (Its first film, a
      // change to which may have been reported before the store came, is the same film.)
      if (this.reported && this.reported.film.id !== film.id) this.reported = undefined;
      this.filmId = film.id;
      this.pull();
    } else if (Boolean(this.host.inWatchlist) !== this.shown) {
      // The page set the state: what that settles is its own doing, and no event says so.
      this.reported = undefined;
      this.commit(store, film, Boolean(this.host.inWatchlist));
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
    const local = this.local;
    if (!cancelableToggle(this.host, film, next, (value) => this.show(value))) return false;
    if (!local) return true;
    const store = watchlistStore();
    if (store) this.save(store, film, next);
    else {
      // The saved watchlist is on its way: the change is saved when it arrives, however it comes
      // and whatever happens to the control meanwhile. Only the last of several quick changes counts.
      this.queued = { film, saved: next };
      whenWatchlistStore(this.storeArrived);
      void this.load();
    }
    return true;
  }

  private show(value: boolean): void {
    this.shown = value;
    this.host.inWatchlist = value;
  }

  private commit(store: WatchlistStore, film: WatchlistFilm, saved: boolean): boolean {
    this.shown = saved;
    const done = store.setInWatchlist(film, saved);
    this.setPending(!done);
    return done;
  }

  /** Saves a user's change, and says so from the host when storage refuses it. */
  private save(store: WatchlistStore, film: WatchlistFilm, saved: boolean): void {
    // A change reported as waiting, then changed again by the reader: the latest is what counts.
    if (this.reported?.film.id === film.id) this.reported = { film, saved };
    if (!this.commit(store, film, saved)) this.fail(film, saved, store.unsavedReason() ?? 'blocked');
  }

  private fail(film: WatchlistFilm, saved: boolean, kind: WatchlistErrorKind): void {
    this.setPending(true);
    this.reported = { film, saved };
    // A control the page removed on its own event (a list that drops a film once added) is out of
    // the page: the document hears what its control can no longer tell.
    emit(this.host.isConnected ? this.host : document, 'watchlist-error', {
      kind,
      film,
      saved,
      message: 'The change could not be saved in this browser yet; it will be saved at the next chance.',
    });
  }

  /** Saves the change made while the saved watchlist was on its way, once. */
  private flush(store: WatchlistStore): void {
    const queued = this.queued;
    this.queued = undefined;
    if (queued) this.save(store, queued.film, queued.saved);
  }

  /** Saves what waits once the saved watchlist is on the page, however it came, and catches up. */
  private readonly storeArrived = (store = watchlistStore()): void => {
    if (!store) return;
    this.failed = false;
    this.flush(store);
    this.host.requestUpdate();
  };

  /** Loads the saved watchlist, then saves what waits and catches up at the next update. */
  private async load(): Promise<void> {
    const store = await loadWatchlistStore();
    if (store) this.storeArrived(store);
    else if (this.queued && !this.failed) {
      // The change stays queued, shown as not saved: a later attempt that loads the store saves it.
      this.failed = true;
      this.fail(this.queued.film, this.queued.saved, 'unavailable');
    }
  }

  private setPending(pending: boolean): void {
    if (pending === this.pending) return;
    this.pending = pending;
    this.host.requestUpdate();
  }

  private readonly pull = (): void => {
    const id = this.filmId;
    const store = watchlistStore();
    if (id === undefined || !store) return;
    this.show(store.isInWatchlist(id));
    this.setPending(store.isUnsaved(id));
    // The change this control said could not be saved yet is settled, as the store tells it. Saved
    // as the reader last asked (space freed, another tab's write, the next change, the reader
    // taking it back), it says so; dropped by the page (clearWatchlist()), that is the page's news.
    const report = this.reported;
    if (!report || store.isUnsaved(report.film.id)) return;
    this.reported = undefined;
    if (store.isInWatchlist(report.film.id) === report.saved)
      emit(this.host, 'watchlist-saved', { film: report.film, saved: report.saved });
  };

  /** Subscribes only while connected in local mode, so removed controls leave no listener behind. */
  private follow(store: WatchlistStore | undefined): void {
    if (store && !this.unsubscribe) {
      this.unsubscribe = store.subscribeWatchlist(this.pull);
    } else if (!store && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    }
  }
}
