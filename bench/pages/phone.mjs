// The phone-load pages: one blog article, the README's seed card in it five ways. The article has
// no CSS of its own, so whatever moves or waits is the card's doing.
import { readFileSync } from 'node:fs';
import { bloggerSnippet } from '../../scripts/readme-snippet.mjs';

/** The README's seed card, as data (for renderFilmCard); the README's test reads the same file. */
export const seedFilm = JSON.parse(
  readFileSync(new URL('../fixtures/seed-film.json', import.meta.url), 'utf8'),
);
/** The attributes the snippet writes beside the film's own. */
export const seedAttributes = { region: 'GB', watchlist: 'local' };

const paragraphs = [
  'The suburb never set out to be famous. Its high street has a bakery, two churches and a bus stop where the timetable is mostly a suggestion, and for a long time that was all anyone outside it knew.',
  'Then the families arrived, first a few and then enough to need a grocer who stocked the right chilli paste, a church with services in their language and, eventually, a restaurant that critics drove out from the city to review.',
  'Documentaries about the place tend to start with the food and end with the football, but the better ones linger on the quiet parts: the hour after school, the queue at the post office, the way news from home travels by phone.',
  'What follows is worth an evening, chosen for how well it sits beside the book rather than for any prize it won.',
];

// Runs first in every page: long tasks, layout shifts, the first frame in which the card is on
// screen as a card (`window.cardReady()`, set by each page), and the first in which a reader sees
// the film (`window.filmShown()`, set by a page whose HTML shows it before the card is drawn),
// checked once per frame.
const probe = `<script>
  window.longTasks = [];
  window.shifts = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => e.hadRecentInput || shifts.push([e.startTime, e.value]))).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    const ready = Boolean(window.cardReady && cardReady());
    if (window.shown === undefined && (ready || (window.filmShown && filmShown()))) window.shown = performance.now();
    ready ? (window.painted = performance.now()) : requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
</script>`;

function article({ title = 'Films from a suburb', lang = 'en', head = '', card }) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${probe}
    ${head}
  </head>
  <body>
    <article>
      <h1>${title}</h1>
      <p>${paragraphs[0]}</p>
      <p>${paragraphs[1]}</p>
      ${card}
      <p>${paragraphs[2]}</p>
      <p>${paragraphs[3]}</p>
      <p>${paragraphs[0]}</p>
    </article>
  </body>
</html>`;
}

const shadowTitle = `window.cardReady = () => {
      const title = document.querySelector('film-card')?.shadowRoot?.querySelector('[part~="title"]');
      return Boolean(title && title.getBoundingClientRect().height);
    };`;

/** The README's blogger snippet: the first html block under "In a blog post". */
export function readmeSnippet(root) {
  return bloggerSnippet(readFileSync(`${root}/README.md`, 'utf8'));
}

/**
 * The five pages of the suite. `bundle` is the drop-in bundle's URL; `ssr` the renderFilmCard()
 * HTML of the seed card; `snippet` the blogger snippet with `SCRIPT_URL` where its script goes.
 */
export function phonePages({ bundle, ssr, snippet, shoelace }) {
  return {
    floor: article({
      card: `<style>
        .card { display: flex; gap: 1rem; padding: 1rem; margin: 1.5rem 0; border: 1px solid #d4d4d8; border-radius: .75rem; box-shadow: 0 1px 3px rgb(0 0 0 / .12); font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1f; background: #fff; }
        .card .poster { flex: none; width: 6rem; aspect-ratio: 2 / 3; border-radius: .5rem; background: #e4e4e7; }
        .card h3 { margin: 0; font-size: 1.35em; line-height: 1.2; }
        .card p { margin: .25rem 0; }
        .card .muted { color: #52525b; }
        .card .badge { display: inline-flex; gap: .25rem; align-items: baseline; font-weight: 600; }
        .card button { font: inherit; padding: .5rem 1rem; border-radius: 999px; border: 1px solid #0b57d0; color: #0b57d0; background: none; }
      </style>
      <div class="card">
        <div class="poster" role="img" aria-label="No poster"></div>
        <div>
          <h3>Little Pyongyang</h3>
          <p class="muted">2018 · 24 min · Documentary</p>
          <p class="badge" aria-label="Rated 7.5 out of 10 by 39 IMDb users (few ratings)">IMDb ★ 7.5 <span class="muted">/10 (39) few ratings</span></p>
          <p><span class="muted">Original language</span> Korean</p>
          <p>Not available to stream in the United Kingdom.</p>
          <p><button type="button">Notify me when it's available</button></p>
          <p><button type="button" aria-pressed="false">Add to watchlist</button></p>
        </div>
      </div>`,
      head: `<script>window.cardReady = () => Boolean(document.querySelector('.card h3')?.getBoundingClientRect().height);</script>`,
    }),
    static: article({ card: ssr, head: `<script>${shadowTitle}</script>` }),
    hydrated: article({
      card: ssr,
      head: `<script>${shadowTitle}</script><script type="module" src="${bundle}"></script>`,
    }),
    snippet: article({
      card: snippet.replace(
        /<script type="module" src="[^"]*"><\/script>/,
        `<script type="module" src="${bundle}"></script>`,
      ),
      // Before the script, the snippet's own HTML shows the title and facts in the card's frame.
      head: `<script>${shadowTitle}
      window.filmShown = () => {
        const card = document.querySelector('film-card');
        const title = card?.querySelector(':scope > a');
        return Boolean(card && title?.getBoundingClientRect().height && getComputedStyle(card).borderTopStyle !== 'none');
      };</script>`,
    }),
    shoelace: article({
      head: `<link rel="stylesheet" href="${shoelace}/themes/light.css" />
    <script type="module">
      import '${shoelace}/components/card/card.js';
      import '${shoelace}/components/rating/rating.js';
      import '${shoelace}/components/button/button.js';
      import '${shoelace}/components/badge/badge.js';
    </script>
    <script>window.cardReady = () => ['sl-card', 'sl-rating', 'sl-button', 'sl-badge'].every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount);</script>`,
      card: `<sl-card>
        <strong slot="header">Little Pyongyang</strong>
        <p>2018 · 24 min · Documentary</p>
        <p><sl-rating label="Rating" readonly value="3.75" precision="0.25"></sl-rating> 7.5/10 (39) <sl-badge variant="neutral">few ratings</sl-badge></p>
        <p>Original language: Korean</p>
        <p>Not available to stream in the United Kingdom.</p>
        <div slot="footer"><sl-button variant="primary">Add to watchlist</sl-button></div>
      </sl-card>`,
    }),
  };
}

/**
 * The pages whose JavaScript the bytes table counts: each uses one more feature of the bundle, and
 * the last every one of them, as the size budget's page of every feature (scripts/size-budget.mjs).
 * `ssr` is a server-rendered card.
 */
export function featurePages({ bundle, ssr }) {
  const attributes = (extra = '') =>
    `<film-card film-title="Little Pyongyang" year="2018" runtime="24" language="ko" genres="Documentary" rating="7.5" votes="39" rating-source="imdb" region="GB" offers="none"${extra}></film-card>`;
  const head = `<script type="module" src="${bundle}"></script>`;
  return {
    seed: article({ head, card: attributes() }),
    src: article({ head, card: `<film-card loading="eager" src="/film/1.json"></film-card>` }),
    french: article({ head, lang: 'fr', title: 'Des films', card: attributes() }),
    watchlist: article({ head, card: attributes(' film-id="little-pyongyang-2018" watchlist="local"') }),
    all: article({
      head,
      lang: 'fr',
      title: 'Des films',
      card: `<film-card loading="eager" src="/film/1.json" json-ld watchlist="local"></film-card>
      <film-card watchlist="local"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"Nosferatu","datePublished":"1922-03-04","duration":"PT1H34M","inLanguage":"de"}</script></film-card>
      ${ssr}`,
    }),
  };
}
