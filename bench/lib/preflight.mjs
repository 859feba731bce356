// Before timing anything: the bundle defines every element, the baseline gets the library's CSS,
// and both build the same DOM with the same layout. A faster baseline that draws less is no floor.
import { openRender, tags } from './pages.mjs';

export async function preflight(ctx) {
  const ours = await openRender(ctx, 'ours');
  const css = await ours.page.evaluate((names) => {
    const missing = names.filter((tag) => !customElements.get(tag));
    if (missing.length) throw new Error(`the bundle does not define ${missing.join(', ')}`);
    return Object.fromEntries(
      names.map((tag) => [
        tag,
        /** @type {{ elementStyles: CSSStyleSheet[] }} */ (
          /** @type {unknown} */ (customElements.get(tag))
        ).elementStyles.map(
          (style) => /** @type {{ cssText: string }} */ (/** @type {unknown} */ (style)).cssText,
        ),
      ]),
    );
  }, tags);
  ctx.server.provide('/generated/styles.json', 'application/json', JSON.stringify(css));

  const baseline = await openRender(ctx, 'baseline');
  for (const mode of ['property', 'attribute']) {
    const [a, b] = await Promise.all(
      [ours, baseline].map(({ page }) => page.evaluate((m) => window.bench.describe(m), mode)),
    );
    const line = a.findIndex((text, i) => text !== b[i]);
    if (line >= 0 || a.length !== b.length) {
      throw new Error(
        `the baseline's DOM differs from the card's (by ${mode}), line ${line + 1}:\n  card:     ${a[line]}\n  baseline: ${b[line]}`,
      );
    }
    const [boxesA, boxesB] = await Promise.all(
      [ours, baseline].map(({ page }) => page.evaluate(boxes, mode)),
    );
    const box = boxesA.findIndex((text, i) => text !== boxesB[i]);
    if (box >= 0)
      throw new Error(`the baseline lays out differently (by ${mode}): ${boxesA[box]} vs ${boxesB[box]}`);
  }
  await Promise.all([ours.page.close(), baseline.page.close()]);
  return {
    sameDom: true,
    sameLayout: true,
    cssBytes: Object.fromEntries(Object.entries(css).map(([tag, texts]) => [tag, texts.join('').length])),
  };
}

/** Every element's box in one rendered card, through its shadow roots. */
async function boxes(mode) {
  await window.bench.render(1, mode);
  const out = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const { x, y, width, height } = element.getBoundingClientRect();
      out.push(`<${element.localName}> ${[x, y, width, height].map(Math.round).join(' ')}`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(/** @type {Element} */ (document.querySelector('film-card')).shadowRoot);
  window.bench.clear();
  return out;
}
