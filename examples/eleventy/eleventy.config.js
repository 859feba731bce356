// An Eleventy site whose cards are rendered at build time: `{% filmCard film %}` writes the card as
// static HTML (declarative shadow DOM, the film embedded as JSON, a plain link for feed readers),
// so each page shows its cards with no script; the drop-in bundle, copied next to the pages, makes
// their buttons work. From the repository's root, after `npm run build`:
//   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.js
// In a site of your own, `npm install film-cards @lit-labs/ssr @11ty/eleventy` and the same code.
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFilmCard } from 'film-cards/ssr.js';

export default function (eleventyConfig) {
  // film: any shape a card reads (film-cards JSON, schema.org JSON-LD, TMDB or OMDb JSON).
  eleventyConfig.addShortcode('filmCard', (film, region, lang = 'en') =>
    renderFilmCard(film, { lang, jsonLd: true, attributes: { region, watchlist: 'local' } }),
  );
  // The bundle and the chunks it loads on demand, which must sit beside it.
  const dist = dirname(fileURLToPath(import.meta.resolve('film-cards/film-cards.js')));
  eleventyConfig.addPassthroughCopy({ [`${relative(process.cwd(), dist)}/film-cards*.js`]: '.' });
  eleventyConfig.ignores.add('examples/eleventy/README.md');
}

export const config = {
  dir: { input: 'examples/eleventy', output: 'examples/eleventy/_site' },
  templateFormats: ['njk'],
};
