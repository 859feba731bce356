// Where elements find the data layer (film-data.ts), which is loaded on demand: the first card that
// needs it starts the download, and every card after that finds it already here.
import type { filmData } from './film-data.js';
import { warnOnce } from '../shared/warn.js';

export type DataLayer = typeof filmData;

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
 * copy, the network gone), it says so once and resolves to undefined, and a later call asks again
 * (some browsers, Chromium today, answer a module they failed to fetch with the same failure).
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
