// Every figure is a median with its spread; ratios are medians over medians from the same run.

export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    return sorted[low] + (sorted[Math.ceil(position)] - sorted[low]) * (position - low);
  };
  return {
    median: at(0.5),
    min: sorted[0],
    max: sorted.at(-1),
    q1: at(0.25),
    q3: at(0.75),
    runs: sorted.length,
  };
}

export const ratio = (ours, baseline) => ours.median / baseline.median;
