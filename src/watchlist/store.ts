// The saved watchlist behind watchlist="local". localStorage is shared by every tab of the origin
// and can fail in every way (blocked, full, damaged by hand or by another version), so each write
// re-reads and merges first, nothing unreadable is ever overwritten, and a failure leaves the
// change in memory instead of throwing into the host page.
import { warnOnce } from '../shared/warn.js';
import type { WatchlistErrorKind, WatchlistFilm } from './events.js';
import { parseFilm, type SavedFilm } from './film.js';
import { provideWatchlistStore } from './store-ref.js';

export { parseFilm, type SavedFilm };

/** The localStorage key that holds the saved watchlist as `{"version":1,"films":[SavedFilm, ...]}`. */
export const WATCHLIST_KEY = 'film-cards:watchlist';

type Stored = Record<string, unknown> & { films: unknown[] };

// The last value read from storage that this version understands, kept whole: entries and fields
// it does not know are written back untouched, so nothing another version saved is dropped.
let stored: Stored = { version: 1, films: [] };
// Changes storage has not accepted yet (blocked, full or unreadable), layered over `stored`:
// the page keeps working in memory and saves them at the next chance (see `retryLater`).
const unsaved = new Map<string, SavedFilm | null>();
// Why the last write failed, while changes wait in `unsaved`.
let fault: WatchlistErrorKind | undefined;
const listeners = new Set<(films: SavedFilm[]) => void>();
let view: Map<string, SavedFilm> | undefined;
// A fresh subject for warnOnce after each recovery: one warning per fault, not one per click.
let faults = {};

function warn(problem: string): void {
  warnOnce(faults, `${problem}; the watchlist is kept in memory on this page.`);
}

/** Refreshes `stored`; false when storage must not be written: blocked, or holding a value this version cannot read. */
function load(): boolean {
  let raw: string | null;
  try {
    raw = localStorage.getItem(WATCHLIST_KEY);
  } catch {
    fault = 'blocked';
    warn('localStorage is blocked');
    return false;
  }
  let value: Stored | undefined;
  try {
    value = raw === null ? { version: 1, films: [] } : (JSON.parse(raw) as Stored);
  } catch {
    // handled below with the other unreadable values
  }
  if (value?.version !== 1 || !Array.isArray(value.films)) {
    // A newer version's format or a damaged value: left exactly as it is, for a newer copy of
    // the library or a person to recover; overwriting it would lose every film in it.
    fault = 'unreadable';
    warn(`the saved watchlist ("${WATCHLIST_KEY}") is unreadable and is left untouched`);
    return false;
  }
  stored = value;
  view = undefined;
  if (!unsaved.size) faults = {};
  return true;
}

/**
 * Re-reads storage, then writes it with the unsaved changes merged in, so another tab's changes
 * survive. Returns whether nothing is left unsaved.
 */
function save(): boolean {
  if (unsaved.size && load()) {
    const films = stored.films.filter((film) => !unsaved.has((film as SavedFilm | null)?.id as string));
    for (const film of unsaved.values()) if (film) films.push(film);
    const next = { ...stored, films };
    try {
      localStorage.setItem(WATCHLIST_KEY, JSON.stringify(next));
      stored = next;
      unsaved.clear();
      faults = {};
    } catch (error) {
      fault = (error as DOMException | null)?.name === 'QuotaExceededError' ? 'quota' : 'blocked';
      warn('the watchlist could not be saved (storage full or blocked)');
    }
  }
  retryLater(unsaved.size > 0);
  if (!unsaved.size) fault = undefined;
  return !unsaved.size;
}

/**
 * While changes wait, every chance to save them is taken: another tab writing storage (it may have
 * freed space: any key counts), the page being hidden or shown again, the page going away. The
 * listeners exist only while something waits, so a page with nothing unsaved carries none.
 */
let retrying = false;
function retryLater(on: boolean): void {
  if (on === retrying || typeof addEventListener !== 'function') return;
  retrying = on;
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('storage', retry);
  window[method]('pagehide', retry);
  document[method]('visibilitychange', retry);
}

function retry(event: Event): void {
  // A storage event for the watchlist itself is handled (and saved over) by onStorage too.
  if (event.type === 'storage' && listeners.size) return;
  if (save()) notify();
}

function notify(): void {
  view = undefined;
  if (!listeners.size) return;
  const films = readWatchlist();
  for (const listener of listeners) listener(films);
}

function current(): Map<string, SavedFilm> {
  // Without subscribers no storage listener runs, so the cache could be stale: read again.
  if (!listeners.size) load();
  if (!view) {
    view = new Map();
    for (const entry of stored.films) {
      const film = parseFilm(entry);
      if (film) view.set(film.id, film);
    }
    for (const [id, film] of unsaved) {
      if (film) view.set(id, film);
      else view.delete(id);
    }
  }
  return view;
}

function onStorage(event: StorageEvent): void {
  if (unsaved.size) {
    // Another tab's write may have freed space, or replaced the list: merge ours in and try again.
    save();
    notify();
  } else if (event.key === WATCHLIST_KEY || event.key === null) {
    // key is null when another tab called localStorage.clear().
    load();
    notify();
  }
}

/** The saved films, oldest first. */
export function readWatchlist(): SavedFilm[] {
  return [...current().values()].map((film) => ({ ...film }));
}

/** Whether the film with this id is on the saved watchlist. */
export function isInWatchlist(id: string): boolean {
  return current().has(id);
}

/**
 * Whether a change to this film is waiting to be saved: storage refused it (full, blocked or
 * unreadable), so it lives in memory on this page until the next chance to write succeeds.
 */
export function isUnsaved(id: string): boolean {
  return unsaved.has(id);
}

/** Why changes wait to be saved (`quota`, `blocked`, `unreadable`), or undefined when nothing waits. */
export function unsavedReason(): WatchlistErrorKind | undefined {
  return unsaved.size ? fault : undefined;
}

/**
 * Adds the film to the saved watchlist, or removes it; every subscriber and every tab follows.
 * Returns whether the change is saved: false when storage refused it, and it waits in memory to
 * be saved at the next chance (another tab's write, the page hidden, shown or left, the next change).
 */
export function setInWatchlist(film: WatchlistFilm, saved: boolean): boolean {
  const valid = parseFilm(film);
  if (!valid) return false;
  const changed = isInWatchlist(valid.id) !== Boolean(saved);
  if (changed) {
    // Put back as storage holds it (a waiting add taken back), the film has nothing to save.
    if (inStorage(valid.id) === Boolean(saved)) unsaved.delete(valid.id);
    else unsaved.set(valid.id, saved ? { ...valid, added: new Date().toISOString() } : null);
  }
  // Asking again for a state that only waits in memory is a chance to save it, too.
  if (!unsaved.size) {
    if (!changed) return true;
    // A change taken back was all that waited: nothing is left to retry. The fault itself may
    // last (storage still full): its warning is not repeated.
    retryLater(false);
    notify();
    return true;
  }
  const done = save();
  notify();
  // Other films may still wait; this one is saved once storage holds what was asked.
  return done || !unsaved.has(valid.id);
}

/** Whether storage itself (not a change waiting in memory) holds the film. */
function inStorage(id: string): boolean {
  return stored.films.some((film) => (film as SavedFilm | null)?.id === id);
}

/** Empties the saved watchlist, removing the stored value even if it was unreadable. */
export function clearWatchlist(): void {
  unsaved.clear();
  retryLater(false);
  fault = undefined;
  stored = { version: 1, films: [] };
  try {
    localStorage.removeItem(WATCHLIST_KEY);
    faults = {};
  } catch {
    // blocked: the memory copy is empty now, which is all that can be done
  }
  notify();
}

/**
 * Calls `listener` with the saved films after every change, from this page or another tab.
 * Returns the function that stops it; the storage listener goes away with the last subscriber.
 */
export function subscribeWatchlist(listener: (films: SavedFilm[]) => void): () => void {
  if (!listeners.size) {
    addEventListener('storage', onStorage);
    load();
  }
  listeners.add(listener);
  return () => {
    if (listeners.delete(listener) && !listeners.size) removeEventListener('storage', onStorage);
  };
}

/** The saved watchlist as JSON in the storage format, to carry elsewhere. */
export function exportWatchlist(): string {
  return JSON.stringify({ version: 1, films: readWatchlist() });
}

/**
 * Adds the films of an exported watchlist (or of a bare array of films) that are not saved yet.
 * Entries that fail `parseFilm` or are already saved count as skipped. Never throws: input that is
 * not a watchlist adds nothing and logs one warning.
 */
export function importWatchlist(json: string): { added: number; skipped: number } {
  let films: unknown;
  try {
    films = JSON.parse(json);
  } catch {
    // handled below
  }
  if (!Array.isArray(films)) films = (films as Stored | null)?.films;
  if (!Array.isArray(films)) {
    warnOnce({}, 'importWatchlist() was given something that is not a watchlist; nothing was added.');
    return { added: 0, skipped: 0 };
  }
  const saved = new Set(current().keys());
  const added = new Date().toISOString();
  let count = 0;
  for (const entry of films) {
    const film = parseFilm(entry);
    if (film && !saved.has(film.id)) {
      saved.add(film.id);
      unsaved.set(film.id, { added, ...film });
      count++;
    }
  }
  if (count) {
    save();
    notify();
  }
  return { added: count, skipped: films.length - count };
}

// However this module got on the page (loaded on demand by a control with watchlist="local", or
// imported by the page), every control uses it from now on.
provideWatchlistStore({ isInWatchlist, isUnsaved, unsavedReason, setInWatchlist, subscribeWatchlist });
