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

export function sourceName(source: string): string {
  return sourceNames[source.toLowerCase()] ?? source;
}
