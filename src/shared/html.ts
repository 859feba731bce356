import { html as litHtml, type TemplateResult } from 'lit';

/** Each template's strings as `html` draws them, made the first time the template is drawn. */
const drawn = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Lit's `html`, without the line breaks that lay out a template's source: a line break, with the
 * spaces and tabs around it, after a tag's `>` or before a tag's `<`. Each would be a text node that
 * shows nothing, in every card (four dozen in a full one), which Lit clones and the browser lays
 * out, and which a server writes out. Line breaks anywhere else stay: among a tag's attributes,
 * beside text, and between two bindings (`${a}` and `${b}` on lines of their own are two words).
 * A space on one line (`</b> <i>`) stays too: write one where a reader sees one.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let compact = drawn.get(strings);
  if (!compact) drawn.set(strings, (compact = withoutLayout(strings)));
  return litHtml(compact, ...values);
}

const afterTag = />[ \t\r\n]*\n[ \t\r\n]*/g;
const beforeTag = /[ \t\r\n]*\n[ \t\r\n]*</g;

function withoutLayout(strings: TemplateStringsArray): TemplateStringsArray {
  // Only a template literal's strings carry `raw`: an array from JSON never becomes a template, as
  // Lit's own `html` guarantees.
  if (!Object.hasOwn(strings, 'raw')) throw new TypeError('html: not a template literal');
  const compact = strings.map((string) => string.replace(afterTag, '>').replace(beforeTag, '<'));
  return Object.assign(compact, { raw: compact });
}
