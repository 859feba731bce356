/** Display names of the rating sources the badge knows; any other source is shown as written. */
export const sourceNames: Record<string, string> = {
  imdb: 'IMDb',
  tmdb: 'TMDB',
  letterboxd: 'Letterboxd',
  metacritic: 'Metacritic',
  'rotten-tomatoes': 'Rotten Tomatoes',
};

/** The scale a known source uses, for when only a source and a value are given. */
export const sourceScales: Record<string, number> = {
  imdb: 10,
  tmdb: 10,
  letterboxd: 5,
  metacritic: 100,
  'rotten-tomatoes': 100,
};

// Sources are free text: "constructor" or "__proto__" must not find Object.prototype's members.
export function sourceName(source: string): string {
  const id = source.toLowerCase();
  return (Object.hasOwn(sourceNames, id) && sourceNames[id]) || source;
}

/** The scale of a known source, or undefined. */
export function sourceScale(source: string): number | undefined {
  const id = source.toLowerCase();
  return Object.hasOwn(sourceScales, id) ? sourceScales[id] : undefined;
}
