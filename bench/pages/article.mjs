// The layout-stability page: a long article with 20 cards loaded by `src`, the bundle arriving
// late as from a slow CDN, and the CSS the README recommends for cards not yet defined.
// Built by the runner so that the bundle URL, the delays and the reserved height can vary.

const paragraphs = [
  'The suburb never set out to be famous. Its high street has a bakery, two churches and a bus stop where the timetable is mostly a suggestion, and for a long time that was all anyone outside it knew.',
  'Then the families arrived, first a few and then enough to need a grocer who stocked the right chilli paste, a church with services in their language and, eventually, a restaurant that critics drove out from the city to review.',
  'Documentaries about the place tend to start with the food and end with the football, but the better ones linger on the quiet parts: the hour after school, the queue at the post office, the way news from home travels by phone.',
  'What follows is a short list of films worth an evening, chosen for how well they sit beside one another rather than for any prize they won. Each card below says where to watch it tonight.',
];

export function articlePage({
  bundle,
  minHeight,
  reserveAll = false,
  dataDelay,
  bundleDelay,
  tag,
  cards = 20,
}) {
  const body = [];
  for (let i = 0; i < cards; i++) {
    body.push(`<p>${paragraphs[i % paragraphs.length]}</p>`);
    if (i % 2) body.push(`<p>${paragraphs[(i + 2) % paragraphs.length]}</p>`);
    body.push(`<film-card src="/film/${i}.json?delay=${dataDelay}&amp;tag=${tag}"></film-card>`);
  }
  // `reserveAll` keeps the height while the card loads too, not only until it is defined.
  const reserve =
    minHeight === undefined
      ? ''
      : `film-card${reserveAll ? '' : ':not(:defined)'} { display: block; min-height: ${minHeight}; }`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Films from a suburb</title>
    <style>
      body { margin: 0; font: 1.1rem/1.6 Georgia, serif; }
      article { max-width: 40rem; margin: 0 auto; padding: 1rem; }
      film-card { margin-block: 1.5rem; }
      ${reserve}
    </style>
    <script>
      // Registered before anything renders; buffered entries would catch up anyway.
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.shifts.push({
            value: entry.value,
            time: entry.startTime,
            input: entry.hadRecentInput,
            sources: entry.sources.map((source) => ({
              node: source.node ? (source.node.localName ?? '#text') + (source.node.getAttribute?.('src') ? '[' + source.node.getAttribute('src') + ']' : '') : '?',
              before: [source.previousRect.y, source.previousRect.height],
              after: [source.currentRect.y, source.currentRect.height],
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      window.loaded = 0;
      document.addEventListener('film-load', () => window.loaded++);
    </script>
    <script type="module" src="${bundle}?delay=${bundleDelay}"></script>
  </head>
  <body>
    <article>
      <h1>Films from a suburb</h1>
      ${body.join('\n      ')}
    </article>
  </body>
</html>`;
}
