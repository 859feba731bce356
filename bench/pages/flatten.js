// The flat floor for the render benchmark: the same cards flattened into light DOM, with the same
// CSS. Runs in a page where film-cards has rendered a card: its DOM, through every shadow root, is
// written out as plain HTML (each <slot> replaced by what it shows), and each element's stylesheets
// are rewritten for light DOM. A page that inserts that HTML pays the browser's cost of the card's
// DOM and CSS (parsing, style, layout) and nothing else: no script, no shadow roots, no library.
// Made from the card itself at run time, it cannot drift from what the card renders.

/** The custom elements the card is made of, outermost first. */
export const tags = ['film-card'];
// Shadow DOM lets an outer tree's rules win over an inner tree's; in light DOM, cascade layers do
// that: a later layer wins, so each element's rules sit in a layer after those it contains.
const layerOf = {
  'film-card': 'card',
};
const VOID = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col', 'embed']);

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Visits the nodes a reader sees, in order: shadow content instead of light children, slots filled. */
function shown(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  if (node.localName === 'slot') {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  return node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
}

/** `element` as flat HTML. */
export function flatHtml(node) {
  if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
  if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'script') return '';
  if (node.localName === 'slot') return shown(node).map(flatHtml).join('');
  const tag = node.localName;
  const attributes = [...node.attributes]
    .map(({ name, value }) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return VOID.has(tag)
    ? `<${tag}${attributes}>`
    : `<${tag}${attributes}>${shown(node).map(flatHtml).join('')}</${tag}>`;
}

/** Every element's box, in the order the flat HTML writes them. */
export function flatBoxes(node, out = []) {
  if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'script') return out;
  if (node.localName !== 'slot') {
    const { x, y, width, height } = node.getBoundingClientRect();
    out.push(`<${node.localName}> ${[x, y, width, height].map(Math.round).join(' ')}`);
  }
  for (const child of shown(node)) flatBoxes(child, out);
  return out;
}

/** Replaces `name(...)` (balanced parentheses) in `text` by `replace(inner)`. */
function replaceCall(text, name, replace) {
  let out = '';
  let at = 0;
  for (let start = text.indexOf(name, at); start >= 0; start = text.indexOf(name, at)) {
    let depth = 0;
    let end = start + name.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    out += text.slice(at, start) + replace(text.slice(start + name.length + 1, end));
    at = end + 1;
  }
  return out + text.slice(at);
}

/** Selectors split at their top-level commas. */
function selectors(text) {
  const list = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      list.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  list.push(text.slice(start).trim());
  return list;
}

/** One shadow-tree selector for light DOM inside `@scope (host)`: `:host` is the scope root. */
function lightSelector(selector) {
  let out = replaceCall(selector, ':host(', (inner) => `:scope:is(${inner})`);
  out = out.replace(/:host\b/g, ':scope');
  out = replaceCall(out, '::slotted(', (inner) => ` ${inner}`);
  return replaceCall(
    out,
    '::part(',
    (inner) =>
      ` ${inner
        .trim()
        .split(/\s+/)
        .map((name) => `[part~="${name}"]`)
        .join('')}`,
  );
}

/**
 * A rule rewritten: `own` for rules that stay inside the element (not in the elements it
 * contains), `parts` for `::part()` rules that reach into them, `top` for rules that cannot sit
 * in `@scope` (keyframes, font faces, properties).
 */
function rewrite(rule) {
  if (rule instanceof CSSStyleRule) {
    const own = [];
    const parts = [];
    for (const selector of selectors(rule.selectorText))
      (selector.includes('::part(') ? parts : own).push(lightSelector(selector));
    const body = `{${rule.style.cssText}}`;
    return {
      own: own.length ? own.join(',') + body : '',
      parts: parts.length ? parts.join(',') + body : '',
      top: '',
    };
  }
  if (rule.cssRules && !(rule instanceof CSSKeyframesRule)) {
    const head = rule.cssText.slice(0, rule.cssText.indexOf('{')).trim();
    const inner = [...rule.cssRules].map(rewrite);
    const wrap = (key) => {
      const text = inner.map((part) => part[key]).join('');
      return text ? `${head}{${text}}` : '';
    };
    return { own: wrap('own'), parts: wrap('parts'), top: inner.map((part) => part.top).join('') };
  }
  return { own: '', parts: '', top: rule.cssText };
}

/** The card's CSS for light DOM: each element's stylesheets in `@scope`, layered as shadow DOM cascades. */
export function flatCss() {
  const layers = [...new Set(Object.values(layerOf))].reverse();
  let css = `@layer ${layers.join(', ')};\n`;
  for (const tag of tags) {
    const rules = customElements
      .get(tag)
      .elementStyles.flatMap((style) => [...(style.styleSheet ?? style).cssRules])
      .map(rewrite);
    const join = (key) => rules.map((rule) => rule[key]).join('\n');
    // The scope stops at the elements this one contains: their own rules style their insides.
    const limits = tags.filter((other) => other !== tag).map((other) => `${other} > *`);
    const to = limits.length ? ` to (${limits.join(', ')})` : '';
    css += join('top');
    css += `@layer ${layerOf[tag]} {\n@scope (${tag})${to} {\n${join('own')}\n}\n`;
    css += `@scope (${tag}) {\n${join('parts')}\n}\n}\n`;
  }
  return css;
}
