// Where elements find the data layer (film-data.ts), which is loaded on demand: the first card that
// needs it starts the download, and every card after that finds it already here.
import type { GENERATED_ATTRIBUTE } from '../data/movie-json-ld.js';
import type { filmData } from './film-data.js';
import { warnOnce } from '../shared/warn.js';

export type DataLayer = typeof filmData;

/**
 * The JSON-LD writer's marker on the script it writes, which is output, never film data. Written
 * out rather than imported, so that neither the data layer nor this module brings the writer
 * along; its type keeps the two equal.
 */
export const GENERATED: typeof GENERATED_ATTRIBUTE = 'data-film-card-generated';

let layer: DataLayer | undefined;
let loading: Promise<DataLayer | undefined> | undefined;

/** The data layer, once loaded; undefined before. */
export const dataLayer = (): DataLayer | undefined => layer;

/** Makes the data layer available at once, for code that imports it anyway (server rendering). */
export function provideDataLayer(value: DataLayer): void {
  layer = value;
}

/**
 * Loads the data layer, once per page. Never rejects: when its file cannot be fetched (a broken
 * copy, the network gone), it says so once and resolves to undefined, and a later call tries again.
 */
export function loadDataLayer(): Promise<DataLayer | undefined> {
  if (layer) return Promise.resolve(layer);
  return (loading ??= import('./film-data.js').then(
    (module) => (layer ??= module.filmData),
    (error: unknown) => {
      loading = undefined;
      warnOnce(loadDataLayer, `could not load the data module (${String(error)}).`);
      return undefined;
    },
  ));
}
