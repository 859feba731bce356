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

/** Each prefix's `html`, made the first time a view is drawn with that prefix. */
const byPrefix = new Map<string, typeof html>();

/**
 * `html` for a view that an element draws in its own shadow root and a card draws in its own (a
 * rating badge, where to watch, the watchlist button): the part names written in its templates
 * (`part="value"`) are the element's, and in a card they take the element's name as a prefix
 * (`part="rating-value"`). The names stay static text, each template made once per prefix: a
 * binding per part would be one more part for Lit to create and set in every card (seven in each
 * rating badge, three in each offer).
 */
export function htmlWithParts(prefix: string): typeof html {
  if (!prefix) return html;
  let tag = byPrefix.get(prefix);
  if (!tag) {
    const drawnWithPrefix = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
    tag = (strings, ...values) => {
      let named = drawnWithPrefix.get(strings);
      if (!named) drawnWithPrefix.set(strings, (named = withPartPrefix(withoutLayout(strings), prefix)));
      return litHtml(named, ...values);
    };
    byPrefix.set(prefix, tag);
  }
  return tag;
}

const partNames = /(\spart=")([^"]*)"/g;

/** `value strong` as `rating-value rating-strong`. */
const withPrefix = (names: string, prefix: string) =>
  names
    .trim()
    .split(/\s+/)
    .map((name) => `${prefix}-${name}`)
    .join(' ');

/** A part name written other than in double quotes, which the prefix would miss (a bound one is the caller's). */
const unquotedPart = /\spart=(?!"|$)/;

function withPartPrefix(strings: TemplateStringsArray, prefix: string): TemplateStringsArray {
  if (strings.some((string) => unquotedPart.test(string)))
    throw new TypeError('htmlWithParts: write part names in double quotes (part="value")');
  const named = strings.map((string) =>
    string.replace(partNames, (_, start: string, names: string) => `${start}${withPrefix(names, prefix)}"`),
  );
  return Object.assign(named, { raw: named });
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
