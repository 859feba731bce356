// The targets, judged from the results. `pass` is null when a figure was not measured
// (a quick run stops at N = 1,000).

const KB = 1024;

export function judge(results) {
  const targets = [];
  const add = (name, target, value, pass) => targets.push({ name, target, value, pass });

  for (const row of (results.render ?? []).filter((r) => r.n === 1000)) {
    const ratio = row.ours.work.median / row.baseline.work.median;
    add(`Render 1,000 cards by ${row.mode}`, '≤ 1.2× the flat floor', `${ratio.toFixed(2)}×`, ratio <= 1.2);
    // The library's own script per card: film-cards' script time less the floor's (parsing its HTML).
    const script = (row.ours.script.median - row.baseline.script.median) / row.n;
    add(
      `Script per card, 1,000 cards by ${row.mode}`,
      '≤ 0.5 ms over the flat floor',
      `${script.toFixed(2)} ms`,
      script <= 0.5,
    );
  }
  // Linear: the time per card at 5,000 within 25 % of that at 1,000, or growing no faster than
  // the flat floor's does on the same machine (a huge page costs the browser more per node too).
  for (const mode of results.render ? ['property', 'attribute'] : []) {
    const at = (n) => results.render.find((r) => r.n === n && r.mode === mode);
    if (!at(5000) || !at(1000)) {
      add(`Linear to 5,000 by ${mode}`, 'per card at 5,000 ≤ 1.25× per card at 1,000', 'not measured', null);
      continue;
    }
    const growth = (impl) => at(5000)[impl].work.median / 5 / at(1000)[impl].work.median;
    const [ours, floor] = [growth('ours'), growth('baseline')];
    add(
      `Linear to 5,000 by ${mode}`,
      "per card at 5,000 ≤ 1.25× per card at 1,000 (or ≤ the flat floor's growth)",
      `${ours.toFixed(2)}× (flat floor ${floor.toFixed(2)}×)`,
      ours <= Math.max(1.25, floor),
    );
  }
  if (results.layout) {
    const { skeleton } = results.layout.cases;
    const cls = Math.max(skeleton.load.cls, skeleton.scroll.cls);
    add('Layout shift, 20 cards by src', 'CLS 0', cls.toFixed(3), cls === 0);
  }
  if (results.network) {
    const { sharedEager, sharedLazy, distinctLazy } = results.network;
    add(
      'Requests, 200 cards sharing one src',
      '1',
      `${sharedEager.requests} eager, ${sharedLazy.requests} lazy`,
      sharedEager.requests === 1 && sharedLazy.requests === 1,
    );
    add(
      'Requests, 200 lazy cards off-screen',
      '0 until scrolled',
      `${distinctLazy.requests} (${distinctLazy.afterScroll} once scrolled to)`,
      distinctLazy.requests === 0 && distinctLazy.afterScroll > 0,
    );
  }
  if (results.memory) {
    const { ours } = results.memory;
    add(
      'Heap growth after 10 × 1,000 cards',
      '< 5 % (JS objects)',
      `${ours.objectGrowth.median.toFixed(2)} % (whole heap with code: ${ours.growth.median.toFixed(1)} %)`,
      ours.objectGrowth.median < 5,
    );
    add('Cards alive after removal (extra check)', '0', String(ours.liveCards), ours.liveCards === 0);
  }
  if (results.phone) {
    const { pages, bytes } = results.phone;
    const page = (name, label, ratioGoal, clsGoal, tbtGoal) => {
      const p = pages[name];
      if (!p) return;
      const [ratio, cls, tbt] = [p.ratio.median, p.cls.median, p.tbt.median];
      add(
        `${label}: painted`,
        `≤ ${ratioGoal}× the static floor`,
        `${ratio.toFixed(2)}×`,
        ratio <= ratioGoal,
      );
      add(`${label}: CLS`, clsGoal === 0 ? '0' : `≤ ${clsGoal}`, cls.toFixed(3), cls <= clsGoal);
      add(`${label}: TBT`, `≤ ${tbtGoal} ms`, `${tbt.toFixed(0)} ms`, tbt <= tbtGoal);
    };
    page('hydrated', 'Static card + drop-in script (phone)', 1.1, 0, 50);
    page('snippet', 'README blogger snippet (phone)', 2.0, 0.01, 100);
    // The snippet's own HTML shows the film in the card's frame before the script: as soon as the
    // static card does.
    const shown = pages.snippet?.shownRatio.median;
    if (shown !== undefined)
      add(
        'README blogger snippet (phone): the film shown by its HTML, before the script',
        '≤ 1.1× the static floor',
        `${shown.toFixed(2)}×`,
        shown <= 1.1,
      );
    if (bytes.seed)
      add(
        'JavaScript for the seed card page, gzip',
        '≤ 16 KB',
        `${(bytes.seed.gzip / KB).toFixed(1)} KB`,
        bytes.seed.gzip <= 16 * KB,
      );
    if (bytes.all)
      add(
        'JavaScript with every feature at once, gzip',
        '≤ 28 KB',
        `${(bytes.all.gzip / KB).toFixed(1)} KB`,
        bytes.all.gzip <= 28 * KB,
      );
  }
  if (results.load) {
    const l = results.load;
    const { all, later } = l.onScreen;
    add(
      `Load: ${l.cards.toLocaleString('en-US')} lazy cards, every card on screen for 1 s loaded by then (the first screen cannot be: see bench/README.md)`,
      'every later card; none failed or timed out',
      `later cards ${later.withinASecond} of ${later.cards}, all ${all.withinASecond} of ${all.cards}; ${l.failed} failed, ${l.timedOut} timed out`,
      later.withinASecond === later.cards && l.failed === 0 && l.timedOut === 0,
    );
  }
  if (results.size) {
    const { gzip } = results.size.bundle;
    add('dist/film-cards.js (entry), gzip', '≤ 16 KB', `${(gzip / KB).toFixed(1)} KB`, gzip <= 16 * KB);
  }
  return targets;
}
