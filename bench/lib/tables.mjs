// The results as tables: one model, printed as aligned text on the terminal and as Markdown in
// the report.

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const times = (value) => `${value.toFixed(2)}×`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (n) => n.toLocaleString('en-US');

export function tables(results) {
  const out = [];
  const pair = (r, f) => `${ms(f(r.baseline))} / ${ms(f(r.ours))}`;
  const layout = (side) => side.work.median - side.script.median;
  if (results.render) {
    out.push({
      title: 'Render: N cards with full data, until rendered and laid out (ms, median and min–max)',
      head: [
        'N',
        'data by',
        'flat floor',
        'film-cards',
        'ratio',
        'µs per card',
        'script',
        'style + layout',
        'CPU ratio',
      ],
      rows: results.render.map((r) => [
        count(r.n),
        r.mode,
        spread(r.baseline.work),
        spread(r.ours.work),
        times(r.ours.work.median / r.baseline.work.median),
        `${((r.baseline.work.median / r.n) * 1000).toFixed(0)} / ${((r.ours.work.median / r.n) * 1000).toFixed(0)}`,
        `${pair(r, (side) => side.script.median)} (${times(r.ours.script.median / r.baseline.script.median)})`,
        pair(r, layout),
        times(r.ours.cpu.median / r.baseline.cpu.median),
      ]),
      note: 'Pairs are flat floor / film-cards. "script" stops the clock when every updateComplete has resolved; "style + layout" is the rest: the forced style and layout of the next frame.',
    });
  }
  if (results.update) {
    out.push({
      title: 'Update: a new rating and in-watchlist on 1,000 rendered cards (ms, median and min–max)',
      head: ['N', 'changed by', 'flat floor', 'film-cards', 'ratio', 'script', 'style + layout', 'CPU ratio'],
      rows: results.update.map((r) => [
        count(r.n),
        r.mode,
        spread(r.baseline.work),
        spread(r.ours.work),
        times(r.ours.work.median / r.baseline.work.median),
        `${pair(r, (side) => side.script.median)} (${times(r.ours.script.median / r.baseline.script.median)})`,
        pair(r, layout),
        times(r.ours.cpu.median / r.baseline.cpu.median),
      ]),
    });
  }
  if (results.memory) {
    const m = results.memory;
    out.push({
      title: `Memory: JS heap after ${m.cycles} × create and remove ${count(m.n)} cards, after ${m.warmCycles} warm-up cycles (median of ${m.ours.growth.runs})`,
      head: [
        '',
        'before',
        'after',
        'growth',
        'JS objects growth',
        'code growth',
        'one-time cost of the first cycles',
        'cards alive',
      ],
      rows: ['baseline', 'ours'].map((impl) => [
        impl === 'ours' ? 'film-cards' : 'flat floor',
        kb(m[impl].before.median),
        kb(m[impl].after.median),
        `${m[impl].growth.median.toFixed(1)} %`,
        `${m[impl].objectGrowth.median.toFixed(2)} %`,
        `+${kb(m[impl].codeGrowth.median)}`,
        `+${kb(m[impl].oneTime.median)}`,
        String(m[impl].liveCards),
      ]),
    });
  }
  if (results.network) {
    const { sharedEager, sharedLazy, distinctLazy } = results.network;
    out.push({
      title: 'Network: requests the server received',
      head: ['case', 'requests', 'target', 'cards loaded'],
      rows: [
        [
          '200 cards, one shared src, loading="eager"',
          String(sharedEager.requests),
          '1',
          String(sharedEager.loaded),
        ],
        [
          '200 cards, one shared src, lazy, scrolled to the end',
          String(sharedLazy.requests),
          '1',
          String(sharedLazy.loaded),
        ],
        [
          '200 cards, distinct srcs 6,000 px below, lazy, before scrolling',
          String(distinctLazy.requests),
          '0',
          '0',
        ],
        [
          '… after scrolling to the first of them',
          String(distinctLazy.afterScroll),
          '> 0',
          String(distinctLazy.loadedAfterScroll),
        ],
      ],
    });
  }
  if (results.layout) {
    const l = results.layout;
    const names = {
      none: 'no reserved height',
      readme: "the README's rule as written",
      skeleton: 'the skeleton height until defined',
      loaded: 'the loaded height, kept while loading',
    };
    out.push({
      title: `Layout shift: an article with 20 cards by src (bundle +${l.bundleDelay} ms, data +${l.dataDelay} ms, then a screen scrolled every ${l.scrollPause} ms)`,
      note: `Card heights at this page's width: ${Math.round(l.heights.undefined)} px undefined, ${Math.round(l.heights.skeleton)} px as the loading skeleton (${Math.round(l.heights.narrowSkeleton)} px on a 375 px wide screen, where the poster stacks above), ${Math.round(l.heights.loaded)} px loaded. "—": a rule for undefined cards stops applying once they are defined, so scrolling goes as in the next row.`,
      head: ['page CSS', 'CLS while loading', 'CLS while scrolling', 'shifts', 'rule'],
      rows: Object.entries(l.cases).map(([name, c]) => [
        names[name] ?? name,
        c.load.cls.toFixed(4),
        c.scroll ? c.scroll.cls.toFixed(4) : '—',
        String(c.load.shifts + (c.scroll?.shifts ?? 0)),
        c.css ? `\`${c.css}\`` : '—',
      ]),
    });
  }
  if (results.size) {
    const s = results.size;
    out.push({
      title:
        'Size (gzip level 9, brotli quality 11); npm entries bundled and minified, their own modules followed, packages (Lit) external',
      head: ['file', 'minified', 'gzip', 'brotli'],
      rows: [
        [`${s.bundle.file} (Lit included)`, kb(s.bundle.raw), kb(s.bundle.gzip), kb(s.bundle.brotli)],
        ...s.entries.map((e) => [`${e.entry} (${e.file})`, kb(e.raw), kb(e.gzip), kb(e.brotli)]),
      ],
    });
  }
  if (results.targets) {
    out.push({
      title: 'Targets',
      head: ['target', 'goal', 'measured', ''],
      rows: results.targets.map((t) => [
        t.name,
        t.target,
        t.value,
        t.pass === null ? '—' : t.pass ? 'pass' : 'MISS',
      ]),
    });
  }
  if (results.phone) {
    const { pages, runs, bytes } = results.phone;
    const names = {
      floor: 'the same card as static HTML + one style',
      static: '`renderFilmCard()` output, no JS',
      hydrated: '`renderFilmCard()` output + the drop-in script',
      snippet: 'README blogger snippet as written',
      shoelace: 'Shoelace 2 card + rating + button + badge',
    };
    out.push({
      key: 'phone',
      title: `Phone load: the README's seed card in a blog article (412 x 823, 400 ms RTT, 400 kbps, CPU 4x slower; median of ${runs}, min–max)`,
      head: [
        'page',
        'film shown (ms)',
        'x static floor',
        'card painted (ms)',
        'x static floor',
        'page bytes (brotli)',
        'TBT (ms)',
        'CLS',
      ],
      rows: Object.entries(pages).map(([name, page]) => [
        names[name] ?? name,
        spread(page.shown),
        times(page.shownRatio.median),
        spread(page.painted),
        times(page.ratio.median),
        kb(page.brotli.median),
        ms(page.tbt.median),
        page.cls.median.toFixed(3),
      ]),
      note: '"film shown": the first frame in which a reader sees the film: the drawn card, or, for the snippet, its own HTML\'s title in the card\'s frame before the script arrives. "card painted": the first frame in which the card is on screen as a card (its title laid out inside the rendered card), from navigation start. "x static floor": each run over the floor\'s run in the same round, median of those ratios. Page bytes: every document, script and stylesheet the page received, brotli quality 11. TBT: long tasks after first contentful paint, beyond 50 ms each, until 1.5 s after the card is painted.',
    });
    const kinds = {
      seed: 'seed card (attributes, English, no saved watchlist)',
      src: 'a `src` card',
      french: 'a French page (the seed card)',
      watchlist: 'the seed card with its saved watchlist (`watchlist="local"`)',
      all: 'every feature at once (`src`, inline JSON-LD, `json-ld`, French, local watchlist, a server-rendered card)',
    };
    out.push({
      key: 'bytes',
      title: 'JavaScript per page (gzip level 9, every script the page downloaded)',
      head: ['page', 'JS (gzip)', 'files'],
      rows: Object.entries(bytes).map(([name, entry]) => [
        kinds[name] ?? name,
        kb(entry.gzip),
        entry.files.join(', '),
      ]),
    });
  }
  if (results.load) {
    const l = results.load;
    const seconds = (ms) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(2)} s` : String(ms));
    const onScreen = ({ cards, withinASecond, medianMs, p95Ms }) =>
      `${count(withinASecond)} of ${count(cards)}; ${seconds(medianMs)}, ${seconds(p95Ms)}`;
    const rate = l.requestsPerSecond;
    out.push({
      key: 'load',
      title: `Load: ${count(l.cards)} lazy cards with distinct src, server answering in ${l.delay} ms, a reader scrolling to the end at ${l.pace} cards a second`,
      head: [
        'loaded',
        'failed',
        'timed out',
        'requests (a second)',
        'on screen 1 s, loaded within it; median, p95: first screen',
        'later cards',
        'scroll time',
      ],
      rows: [
        [
          count(l.loaded),
          count(l.failed),
          count(l.timedOut),
          `${count(l.requests)} (${rate.mean}, ${rate.lowest}–${rate.highest})`,
          onScreen(l.onScreen.firstScreen),
          onScreen(l.onScreen.later),
          `${l.scrollSeconds.toFixed(0)} s`,
        ],
      ],
      note: `Eager: ${count(l.eager.loaded)} of ${count(l.eager.cards)} loaded, ${count(l.eager.failed)} failed, ${count(l.eager.timedOut)} timed out (answers in ${l.eager.delay} ms).`,
    });
  }
  return out;
}

/** @param {{ title: string, head: string[], rows: unknown[][], note?: string }} table */
export function toText({ title, head, rows, note }) {
  const plain = (cell) => cell.replace(/`/g, '');
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => plain(row[i]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => plain(cell).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    title,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    ...(note ? [note] : []),
  ].join('\n');
}

/** @param {{ title: string, head: string[], rows: unknown[][], note?: string }} table */
export function toMarkdown({ title, head, rows, note }) {
  const line = (cells) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    `**${title}**`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    ...(note ? ['', note] : []),
  ].join('\n');
}
