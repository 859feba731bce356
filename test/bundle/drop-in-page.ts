// A blog page with the drop-in bundle and nothing else, in an iframe: the bundle (dist/, built by
// `npm run build`) is served from a deep path, as a CDN or a self-hosted copy serves it
// (test/bundle/routes.mjs), so its chunks have to resolve next to the entry file.

export const BASE = '/cdn/film-cards@0.1.0/dist/';

/** The README's seed card: English, written as attributes. */
export const seedCard = `<film-card film-id="little-pyongyang-2018" film-title="Little Pyongyang" year="2018" runtime="24"
  language="ko" genres="Documentary" rating="7.5" votes="39" rating-source="imdb" region="GB" offers="none"></film-card>`;

interface PageOptions {
  /** A classic script that runs before the bundle: what the test records. */
  recorder: string;
  lang?: string;
  entry?: string;
  /** The element whose definition the page waits for. */
  defined?: string;
}

/** Opens `body` in a page with the bundle's script tag, once `defined` is defined there. */
export async function openDropInPage<PageWindow extends Window>(
  body: string,
  { recorder, lang = 'en', entry = `${BASE}film-cards.js`, defined = 'film-card' }: PageOptions,
): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8" /><title>A blog post</title></head>
  <body>
    ${body}
    <script>${recorder}</script>
    <script type="module" src="${entry}"></script>
  </body>
</html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined(defined);
  return win;
}

/** The bundle's files the page fetched, by path ("/cdn/…/film-cards-film-data-…js"). */
export const bundleFiles = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/film-cards[\w-]*\.js$/.test(path));

/** A bundle file's path without its content hash and extension. */
export const withoutHash = (path: string) => path.replace(/-[\w-]{8}\.js$|\.js$/, '');

/** Each file's kind: its name without the content hash ("film-cards-messages-fr"). */
export const kinds = (paths: string[]) =>
  paths.map((path) => withoutHash(path.slice(path.lastIndexOf('/') + 1)));
