// Before timing anything: the bundle defines every element, and the flat floor is made from the
// library's own cards (their DOM flattened into light DOM, their CSS rewritten for it) and lays
// out as they do. A floor that draws less is no floor.
import { openRender } from './pages.mjs';

/** The card's elements; the runner stops if the bundle leaves one undefined. */
const tags = ['film-card'];
/** Different films per mode in the flat floor, used in turn: the floor's cost is per card, not per film. */
const FLAT_FILMS = 100;

export async function preflight(ctx) {
  const ours = await openRender(ctx, 'ours');
  await ours.page.evaluate((names) => {
    const missing = names.filter((tag) => !customElements.get(tag));
    if (missing.length) throw new Error(`the bundle does not define ${missing.join(', ')}`);
  }, tags);
  const flat = await ours.page.evaluate((count) => window.bench.flatten(count), FLAT_FILMS);
  ctx.server.provide('/generated/flat.json', 'application/json', JSON.stringify(flat));

  const floor = await openRender(ctx, 'baseline');
  const layout = {};
  for (const mode of ['property', 'attribute']) {
    const [a, b] = await Promise.all(
      [ours, floor].map(({ page }) => page.evaluate((m) => window.bench.boxes(m), mode)),
    );
    if (a.length !== b.length)
      throw new Error(`the flat floor has ${b.length} elements per card, the card ${a.length} (by ${mode})`);
    const same = a.filter((box, i) => box === b[i]).length;
    // The card's own box: the flat floor must take the card's size, or it measures another layout.
    const height = (box) => Number(box.split(' ').at(-1));
    if (Math.abs(height(a[0]) - height(b[0])) > 1)
      throw new Error(`the flat floor lays out differently (by ${mode}): ${a[0]} vs ${b[0]}`);
    layout[mode] = { elements: a.length, sameBoxes: same, cardBox: a[0] };
    if (process.env.FLAT_DEBUG) a.forEach((box, i) => box !== b[i] && ctx.log(`  ${box}  vs  ${b[i]}`));
    ctx.log(`flat floor by ${mode}: ${same} of ${a.length} boxes as the card's; card ${a[0]}`);
  }
  await Promise.all([ours.page.close(), floor.page.close()]);
  return { flatFloor: layout, flatCssBytes: flat.css.length, flatFilms: FLAT_FILMS };
}
