import type { Film } from './film.js';
import { mergeFilm } from './merge.js';
import type { FilmPatch } from './patch.js';

/** What each way in gave, already validated. Any layer may be missing. */
export interface FilmLayers {
  /** From the JSON at `src`. */
  src?: FilmPatch;
  /** From JSON or JSON-LD in a `<script>` inside the element. */
  inline?: FilmPatch;
  /** From the element's attributes, the `offers` attribute included. */
  attributes?: FilmPatch;
  /** From `<watch-offer>` children: `{ offers }`. */
  offers?: FilmPatch;
  /** From the `film` property. */
  property?: FilmPatch;
}

/**
 * The one `Film` an element shows, from its layers. Precedence, field by field (see `mergeFilm`):
 * the `film` property > `<watch-offer>` children > attributes (with `offers`) > inline JSON > `src`.
 * Hand-written `offers`, when present, stand for the region shown and replace `availability`.
 * Undefined until some layer gives a title.
 */
export function resolveFilm({ src, inline, attributes, offers, property }: FilmLayers): Film | undefined {
  return mergeFilm([src, inline, attributes, offers, property]);
}
