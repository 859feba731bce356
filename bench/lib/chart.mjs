// The scaling chart as a self-contained SVG: render time against N on log–log axes (a straight
// line of slope 1 is linear growth), and time per card against N (flat is linear).

const W = 920;
const H = 400;
const PANEL = { top: 60, bottom: 330, width: 360 };
/** @type {[number, number]} */
const LEFTS = [70, 520];
const series = [
  { impl: 'ours', mode: 'property', label: 'film-cards, by property', color: '#0b57d0', dash: '' },
  { impl: 'ours', mode: 'attribute', label: 'film-cards, by attributes', color: '#0b57d0', dash: '6 4' },
  { impl: 'baseline', mode: 'property', label: 'baseline, by property', color: '#b3261e', dash: '' },
  { impl: 'baseline', mode: 'attribute', label: 'baseline, by attributes', color: '#b3261e', dash: '6 4' },
];

const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const log = Math.log10;

export function scalingChart(render, { title }) {
  const sizes = [...new Set(render.map((r) => r.n))].sort((a, b) => a - b);
  const point = (s, n) => render.find((r) => r.n === n && r.mode === s.mode)?.[s.impl].work;
  const all = render.flatMap((r) => [r.ours.work, r.baseline.work]);
  const perCard = render.flatMap((r) => [r.ours.work.median / r.n, r.baseline.work.median / r.n]);

  const x = (left) => (n) =>
    left + ((log(n) - log(sizes[0])) / (log(sizes.at(-1)) - log(sizes[0]) || 1)) * PANEL.width;
  const [low, high] = [
    Math.floor(log(Math.min(...all.map((s) => s.min)))),
    Math.ceil(log(Math.max(...all.map((s) => s.max)))),
  ];
  const yTime = (ms) => PANEL.bottom - ((log(ms) - low) / (high - low)) * (PANEL.bottom - PANEL.top);
  const cardMax = niceCeil(Math.max(...perCard) * 1000);
  const yCard = (us) => PANEL.bottom - (us / cardMax) * (PANEL.bottom - PANEL.top);

  const parts = [];
  const text = (tx, ty, content, attrs = '') =>
    parts.push(`<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" ${attrs}>${esc(content)}</text>`);
  const line = (x1, y1, x2, y2, attrs) =>
    parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" ${attrs}/>`,
    );

  text(W / 2, 24, title, 'text-anchor="middle" font-size="15" font-weight="600"');
  // Panel frames, x ticks at each N.
  LEFTS.forEach((left, panel) => {
    const px = x(left);
    text(
      left + PANEL.width / 2,
      PANEL.top - 12,
      panel ? 'time per card (µs)' : 'time to render N cards (ms, log scale)',
      'text-anchor="middle" font-size="12.5"',
    );
    line(left, PANEL.bottom, left + PANEL.width, PANEL.bottom, 'stroke="#777"');
    line(left, PANEL.top, left, PANEL.bottom, 'stroke="#777"');
    for (const n of sizes) {
      line(px(n), PANEL.bottom, px(n), PANEL.bottom + 5, 'stroke="#777"');
      text(px(n), PANEL.bottom + 19, n.toLocaleString('en-US'), 'text-anchor="middle" font-size="12"');
    }
    text(
      left + PANEL.width / 2,
      PANEL.bottom + 38,
      'N (cards, log scale)',
      'text-anchor="middle" font-size="12"',
    );
  });
  for (let e = low; e <= high; e++) {
    const y = yTime(10 ** e);
    line(LEFTS[0], y, LEFTS[0] + PANEL.width, y, 'stroke="#ddd"');
    text(LEFTS[0] - 6, y + 4, (10 ** e).toLocaleString('en-US'), 'text-anchor="end" font-size="12"');
  }
  for (let i = 0; i <= 4; i++) {
    const us = (cardMax / 4) * i;
    line(LEFTS[1], yCard(us), LEFTS[1] + PANEL.width, yCard(us), 'stroke="#ddd"');
    text(LEFTS[1] - 6, yCard(us) + 4, us.toLocaleString('en-US'), 'text-anchor="end" font-size="12"');
  }

  for (const s of series) {
    const points = sizes.map((n) => [n, point(s, n)]).filter(([, p]) => p);
    const style = `fill="none" stroke="${s.color}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''}`;
    const px = x(LEFTS[0]);
    parts.push(
      `<polyline points="${points.map(([n, p]) => `${px(n).toFixed(1)},${yTime(p.median).toFixed(1)}`).join(' ')}" ${style}/>`,
    );
    for (const [n, p] of points) {
      line(px(n), yTime(p.min), px(n), yTime(p.max), `stroke="${s.color}" stroke-width="1.5"`);
      parts.push(
        `<circle cx="${px(n).toFixed(1)}" cy="${yTime(p.median).toFixed(1)}" r="3" fill="${s.color}"/>`,
      );
    }
    const qx = x(LEFTS[1]);
    parts.push(
      `<polyline points="${points.map(([n, p]) => `${qx(n).toFixed(1)},${yCard((p.median / n) * 1000).toFixed(1)}`).join(' ')}" ${style}/>`,
    );
    for (const [n, p] of points)
      parts.push(
        `<circle cx="${qx(n).toFixed(1)}" cy="${yCard((p.median / n) * 1000).toFixed(1)}" r="3" fill="${s.color}"/>`,
      );
  }
  series.forEach((s, i) => {
    const lx = 80 + i * 210;
    line(
      lx,
      H - 12,
      lx + 28,
      H - 12,
      `stroke="${s.color}" stroke-width="2" ${s.dash ? `stroke-dasharray="${s.dash}"` : ''}`,
    );
    text(lx + 34, H - 8, s.label, 'font-size="12"');
  });

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" role="img" aria-label="${esc(title)}">
<rect width="${W}" height="${H}" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}

function niceCeil(value) {
  const step = 10 ** Math.floor(log(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * step).find((candidate) => candidate >= value) ?? 10 * step;
}
