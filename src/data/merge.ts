import type { Film } from './film.js';
import type { FilmPatch } from './patch.js';

/**
 * Merges layers of validated film data, lowest precedence first, field by field: a field present
 * in a later layer replaces the earlier one. Two fields merge more finely so that one layer can
 * correct another: `ratings` by source (a later IMDb rating replaces an earlier IMDb rating and
 * comes first; other sources stay), and `poster` (a later poster with no `src`, say only an
 * `alt`, amends the earlier one). Returns undefined when no layer gives a title.
 */
export function mergeFilm(layers: readonly (FilmPatch | undefined)[]): Film | undefined {
  const film: FilmPatch = {};
  for (const layer of layers) {
    if (!layer) continue;
    const { poster, ratings, ...fields } = layer;
    Object.assign(film, fields);
    if (poster) film.poster = poster.src ? poster : { ...film.poster, ...poster };
    if (ratings)
      film.ratings = [
        ...ratings,
        ...(film.ratings ?? []).filter((old) => !ratings.some((r) => r.source === old.source)),
      ];
  }
  if (!film.poster?.src) delete film.poster;
  return film.title ? (film as Film) : undefined;
}
