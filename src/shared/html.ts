import { html as litHtml, type TemplateResult } from 'lit';

/** Each template's strings as `html` draws them, made the first time the template is drawn. */
const drawn = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Lit's `html`, without the line breaks that lay out a template's source: a line break, with the
 * spaces around it, between two tags or bindings. Each would be a text node that shows nothing, in
 * every card (four dozen in a full one), which Lit clones and the browser lays out, and which a
 * server writes out. A space on one line (`${a} ${b}`) is kept: write one where a reader sees one.
 * Line breaks among a tag's attributes, or beside text, stay as written.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = drawn.get(strings);
  if (!compact) drawn.set(strings, (compact = withoutLayout(strings)));
  return litHtml(compact, ...values);
}

function withoutLayout(strings: TemplateStringsArray): TemplateStringsArray {
  // Each string starts just after a binding (or at the template's start) and ends just before one.
  const compact = strings.map((string) => string.replace(/(^|>)\s*\n\s*(?=<|$)/g, '$1'));
  // Lit takes only a strings array that carries `raw`, as a literal's does.
  return Object.assign(compact, { raw: compact });
}
