// Part of `--profile`: each element's share of rendering 1,000 cards, and what it renders. The
// sampled profile names functions; this names elements. Each element's update is timed in three
// steps: willUpdate() (reading and checking its inputs), render() (building the template's values)
// and the commit (the rest of update(): cloning the template into the shadow root, setting
// attributes, upgrading the elements it renders). Lit writes a comment as a marker for every
// `${}` between tags and every item of a list, so the nodes are counted by kind, per card.
import { openRender } from './pages.mjs';
import { toText } from './tables.mjs';

const N = 1000;
const ROUNDS = 3;

/** Per mode: each element's update steps in ms for N cards (the fastest of ROUNDS), and its nodes in one card. */
export async function elementSuite(ctx) {
  const results = {};
  for (const mode of ['property', 'attribute']) {
    const { page } = await openRender(ctx, 'ours');
    results[mode] = await page.evaluate(inPage, { n: N, rounds: ROUNDS, mode });
    await page.close();
  }
  ctx.log(`elements: ${N} cards by property and by attribute, the fastest of ${ROUNDS} rounds`);
  return { n: N, modes: results };
}

/** Runs in the render page. */
async function inPage({ n, rounds, mode }) {
  // Per element, its instances in one card and every node of their shadow roots (nodes it puts
  // in another element's light DOM count as its own: its template made them).
  const nodes = {};
  const kindsOf = (tag) =>
    (nodes[tag] ??= { instances: 0, elements: 0, comments: 0, text: 0, 'white space': 0 });
  const count = (root, tag) => {
    for (const node of root.childNodes) {
      const kinds = kindsOf(tag);
      if (node.nodeType === Node.COMMENT_NODE) kinds.comments++;
      else if (node.nodeType === Node.TEXT_NODE) kinds[node.data.trim() ? 'text' : 'white space']++;
      else if (node.nodeType === Node.ELEMENT_NODE) {
        kinds.elements++;
        if (node.shadowRoot) {
          kindsOf(node.localName).instances++;
          count(node.shadowRoot, node.localName);
        }
        count(node, tag);
      }
    }
  };
  // The elements a card renders are found in a first card, rather than listed here.
  await window.bench.render(1, mode);
  // The harness has rendered the card and waited for its update.
  const card = /** @type {Element & { shadowRoot: ShadowRoot }} */ (document.querySelector('film-card'));
  kindsOf(card.localName).instances++;
  count(card.shadowRoot, card.localName);
  const tags = Object.keys(nodes);

  const times = {};
  const steps = ['performUpdate', 'willUpdate', 'render', 'update'];
  for (const tag of tags) {
    const proto = /** @type {CustomElementConstructor} */ (customElements.get(tag)).prototype;
    for (const step of steps) {
      const original = proto[step];
      proto[step] = function (...args) {
        const start = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const key = `${tag} ${step}`;
          times[key] = (times[key] ?? 0) + performance.now() - start;
        }
      };
    }
  }
  await window.bench.render(n, mode);
  // The fastest round, whole: minimums taken column by column would mix rounds, and commit is a
  // difference of two of them.
  let best = { total: Infinity };
  for (let round = 0; round < rounds; round++) {
    for (const key in times) delete times[key];
    // The harness's script time: from inserting the cards to their last updateComplete.
    times.total = (await window.bench.render(n, mode)).script;
    if (times.total < best.total) best = { ...times };
  }
  window.bench.clear();
  const ms = (tag, step) => best[`${tag} ${step}`] ?? 0;
  return {
    total: best.total,
    elements: tags.map((tag) => {
      const { instances, ...kinds } = nodes[tag];
      return {
        tag,
        instances,
        willUpdate: ms(tag, 'willUpdate'),
        render: ms(tag, 'render'),
        commit: ms(tag, 'update') - ms(tag, 'render'),
        update: ms(tag, 'performUpdate'),
        nodes: kinds,
      };
    }),
  };
}

/** Prints, per mode, each element's update steps and the nodes it puts in one card. */
export function printElements({ n, modes }) {
  const kinds = ['elements', 'comments', 'text', 'white space'];
  for (const [mode, { total, elements }] of Object.entries(modes))
    console.log(
      `\n${toText({
        title: `Elements: ${n.toLocaleString('en')} cards by ${mode}, ${total.toFixed(0)} ms from insertion to the last update (ms for all the cards; nodes in one card)`,
        head: ['element', 'in a card', 'willUpdate', 'render', 'commit', 'update', ...kinds],
        rows: elements.map(({ tag, instances, willUpdate, render, commit, update, nodes }) => [
          tag,
          String(instances),
          ...[willUpdate, render, commit, update].map((ms) => ms.toFixed(0)),
          ...kinds.map((kind) => String(nodes[kind])),
        ]),
      })}`,
    );
}
