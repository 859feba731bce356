// Types shared by the validators, the adapters and the merge, in a module of their own so that none
// of those imports another for a type.
import type { Film, Poster } from './film.js';

/** Receives one problem: the field it concerns (`year`, `ratings.value`, ...) and what was done about it. */
export type Warn = (field: string, message: string) => void;

/** Some fields of a film, as one source knows them. Layers of these merge into one `Film`. */
export type FilmPatch = Omit<Partial<Film>, 'poster'> & { poster?: Partial<Poster> };
