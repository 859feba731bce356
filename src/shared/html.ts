import { html as litHtml, type TemplateResult } from 'lit';

/** A tag that makes templates: `html`, or one that names a view's parts for a card (`htmlWithParts`). */
export type HtmlTag = (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;

/**
 * A tag that draws each template with its strings rewritten by `rewrite`, once per template: Lit
 * keys its templates by the strings array, so each rewritten array is kept for the next call.
 */
function rewritingTag(rewrite: (strings: TemplateStringsArray) => TemplateStringsArray): HtmlTag {
  const rewritten = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
  return (strings, ...values) => {
    let drawn = rewritten.get(strings);
    if (!drawn) rewritten.set(strings, (drawn = rewrite(strings)));
    return litHtml(drawn, ...values);
  };
}

/**
 * Lit's `html`, without the line breaks that lay out a template's source: a line break, with the
 * spaces and tabs around it, after a tag's `>` or before a tag's `<`. Each would be a text node that
 * shows nothing, in every card (four dozen in a full one), which Lit clones and the browser lays
 * out, and which a server writes out. Line breaks anywhere else stay: among a tag's attributes,
 * beside text, and between two bindings (`${a}` and `${b}` on lines of their own are two words).
 * A space on one line (`</b> <i>`) stays too: write one where a reader sees one.
 */
export const html: HtmlTag = rewritingTag(withoutLayout);

/**
 * `html` for a card drawing another element's view (a rating badge, where to watch, the watchlist
 * button) in its own shadow root: each part name written in the view's templates (`part="value"`,
 * as the element itself names it) takes the element's name as a prefix (`part="rating-value"`). The
 * names stay static text, each template made once per prefix: a binding per part would be one more
 * part for Lit to create and set in every card (seven in each rating badge, three in each offer).
 */
export const htmlWithParts = (prefix: string): HtmlTag =>
  rewritingTag((strings) => withPartPrefix(withoutLayout(strings), prefix));

/** A part name in double quotes; HTML's attribute names are case-insensitive. */
const partNames = /(\spart\s*=\s*")([^"]*)"/gi;

/**
 * A part name the prefix would miss: not in double quotes, or with a binding inside the quotes. A
 * bound name (`part=${x}`, nothing after `=` in its string) is the caller's to name.
 */
const unnamedPart = /\spart\s*=(?!\s*"[^"]*"|\s*$)/i;

/** `value strong` as `rating-value rating-strong`. */
const withPrefix = (names: string, prefix: string) =>
  names
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => `${prefix}-${name}`)
    .join(' ');

function withPartPrefix(strings: TemplateStringsArray, prefix: string): TemplateStringsArray {
  if (strings.some((string) => unnamedPart.test(string)))
    throw new TypeError('htmlWithParts: write part names whole, in double quotes (part="value")');
  return asTemplateStrings(
    strings.map((string) =>
      string.replace(partNames, (_, start: string, names: string) => `${start}${withPrefix(names, prefix)}"`),
    ),
  );
}

const afterTag = />[ \t\r\n]*\n[ \t\r\n]*/g;
const beforeTag = /[ \t\r\n]*\n[ \t\r\n]*</g;

function withoutLayout(strings: TemplateStringsArray): TemplateStringsArray {
  if (!isLiteral(strings)) throw new TypeError('html: not a template literal');
  return asTemplateStrings(strings.map((string) => string.replace(afterTag, '>').replace(beforeTag, '<')));
}

/**
 * Whether strings are a template literal's: only those carry `raw`, so an array from JSON never
 * becomes a template, as Lit's own `html` guarantees.
 */
export function isLiteral(strings: readonly string[]): strings is TemplateStringsArray {
  return Object.hasOwn(strings, 'raw');
}

/**
 * Strings rewritten or joined from a literal's, checked as one: they carry `raw` as the literal's
 * do, which Lit asks of every template (its static templates are made the same way).
 */
export function asTemplateStrings(strings: string[]): TemplateStringsArray {
  return Object.assign(strings, { raw: strings });
}
