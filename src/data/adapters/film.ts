import { own } from '../readers.js';
import type { FilmAdapter } from './types.js';

/** This library's own JSON: the `Film` shape itself (a list of offers alone is enough). */
export const filmAdapter: FilmAdapter = {
  name: 'film',
  detect: (json) => typeof own(json, 'title') === 'string' || Array.isArray(own(json, 'availability')),
  adapt: (json) => json,
};
