// The data layer: the adapters that read JSON-LD, TMDB, OMDb and this library's own JSON, the
// loader with its queue and cache, and the reader of JSON written inside an element. A card needs
// it only for `src`, inline JSON or the `film` property, so the drop-in bundle loads it on demand
// (see data-layer.ts): a page of cards written as attributes never downloads it.
import { adaptFilm, FilmApiError } from '../data/adapters/index.js';
import { filmAdapt } from '../data/film-cache.js';
import { loadFilmJson } from '../data/loader.js';
import { InlineReader } from './inline-reader.js';

export const filmData = { adaptFilm, FilmApiError, filmAdapt, loadFilmJson, InlineReader };
