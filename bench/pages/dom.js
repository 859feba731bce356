// A plain-text outline of what an element renders, through every shadow root, so that the
// benchmark can prove the baseline builds the same DOM as the card before timing either.
// Lit's comment markers and whitespace-only text carry nothing a reader sees, so they are skipped.

export function outline(element, depth = 0, lines = []) {
  const pad = '  '.repeat(depth);
  const attributes = [...element.attributes]
    .map(({ name, value }) => `${name}="${squeeze(value)}"`)
    .sort()
    .join(' ');
  lines.push(`${pad}<${element.localName}${attributes ? ' ' + attributes : ''}>`);
  if (element.shadowRoot) {
    lines.push(`${pad}  #shadow-root`);
    children(element.shadowRoot, depth + 2, lines);
  }
  children(element, depth + 1, lines);
  return lines;
}

// Text split by markers ("/", "10") reads as one run ("/10"), as it does on screen.
function children(parent, depth, lines) {
  let text = '';
  const flush = () => {
    if (squeeze(text)) lines.push(`${'  '.repeat(depth)}"${squeeze(text)}"`);
    text = '';
  };
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.data;
    else if (node.nodeType === Node.ELEMENT_NODE) {
      flush();
      outline(node, depth, lines);
    }
  }
  flush();
}

function squeeze(text) {
  return text.replace(/\s+/g, ' ').trim();
}
