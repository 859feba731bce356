// Test-server routes for the corpus of real responses in test/fixtures/real/ (see its SOURCES.md):
//   /real/                                              the names of the files in the corpus, as a JSON list
//   /real/FILE.json                                     the file, byte for byte, as application/json (HTTP 200,
//                                                       error answers included, as OMDb and some proxies send them)
//   /real/FILE.html                                     a <script> element copied from a page, byte for byte, as text/html
//   /real/tmdb/movie/550?append_to_response=A,B,...     TMDB's /movie/550 with each named part nested under its
//                                                       name, built from the real parts the way TMDB builds it
// Any route takes ?delay=MS, and ?status=CODE to answer with that HTTP status (TMDB answers its
// errors with 401 and 404).
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const real = fileURLToPath(new URL('../fixtures/real/', import.meta.url));
const parts = {
  credits: 'tmdb-movie-credits.json',
  release_dates: 'tmdb-movie-release-dates.json',
  videos: 'tmdb-movie-videos.json',
  'watch/providers': 'tmdb-movie-watch-providers.json',
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fixtureRoutes(ctx, next) {
  if (!ctx.path.startsWith('/real/')) return next();
  const delay = Number(ctx.query.delay);
  if (delay > 0) await sleep(Math.min(delay, 10_000));

  if (ctx.path === '/real/') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify((await readdir(real)).sort());
    return;
  }

  if (ctx.path === '/real/tmdb/movie/550') {
    const movie = JSON.parse(await readFile(`${real}tmdb-movie-details.json`, 'utf8'));
    for (const name of String(ctx.query.append_to_response ?? '').split(',')) {
      if (!Object.hasOwn(parts, name)) continue;
      const part = JSON.parse(await readFile(`${real}${parts[name]}`, 'utf8'));
      delete part.id;
      movie[name] = part;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(movie);
    return;
  }

  const name = ctx.path.slice('/real/'.length);
  const type = /^[\w.-]+\.(json|html)$/.exec(name)?.[1];
  if (!type) {
    ctx.status = 404;
    return;
  }
  try {
    ctx.body = await readFile(`${real}${name}`);
    ctx.type = type === 'json' ? 'application/json' : 'text/html';
    const status = Number(ctx.query.status);
    if (status >= 400 && status < 600) ctx.status = status;
  } catch {
    ctx.status = 404;
  }
}
