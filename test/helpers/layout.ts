/** How many lines an element's text takes, as laid out: one per distinct top among its text's boxes. */
export function linesOf(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

/**
 * Whether the shown elements among these sit on one line: their boxes overlap vertically, as pieces
 * of different sizes on one line do (a rating's large score and its smaller scale). Elements not
 * shown (no box) are left out; fewer than two shown is no line to judge.
 */
export function onOneLine(elements: Element[]): boolean {
  const rects = elements.map((element) => element.getBoundingClientRect()).filter((rect) => rect.height > 0);
  return rects.length > 1 && Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom));
}

/**
 * Where an element sits in a card, from the card's edges (of its text, when it has text: a block
 * and an inline element holding the same words then compare), and how its text is set.
 */
export function placeIn(element: Element, card: Element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const box = element.textContent?.trim() ? range.getBoundingClientRect() : element.getBoundingClientRect();
  const frame = card.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    left: Math.round(box.left - frame.left),
    right: Math.round(frame.right - box.right),
    top: Math.round(box.top - frame.top),
    width: Math.round(box.width),
    font: `${style.fontSize} ${style.fontWeight} ${style.fontFamily}`,
    color: style.color,
  };
}

/** How a frame is drawn: its border, corners, background, shadow and padding. */
export function frameOf(frame: Element): string[] {
  const style = getComputedStyle(frame);
  return [
    style.borderTopWidth,
    style.borderTopColor,
    style.borderTopLeftRadius,
    style.backgroundColor,
    style.boxShadow,
    style.paddingInlineStart,
  ];
}
