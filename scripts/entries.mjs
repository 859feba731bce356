// The npm entry points: the public import path and the source that builds it.
// vite.config.ts builds these; Storybook and the type checker resolve the same
// paths to the sources, so stories import exactly what users import.
export const entries = {
  'film-cards': 'src/index.ts',
  'film-cards/elements.js': 'src/elements.ts',
  'film-cards/rating-badge.js': 'src/rating-badge/define.ts',
};
