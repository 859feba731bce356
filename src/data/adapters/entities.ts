// IMDb's JSON-LD and some OMDb fields come HTML-encoded ("Mater&apos;s Tall Tales"), although JSON
// needs no such escaping. Decoding is done on the text alone, never by handing it to an HTML parser:
// "&lt;img&gt;" becomes the text "<img>", which the card renders as text.

/** The named entities those services write. Any other name is left as written. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi;

/** A code point a character reference may name: not NUL, not half of a surrogate pair, within Unicode. */
const isCharacter = (code: number) => code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);

/**
 * The text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references
 * (`&#39;`, `&#x27;`) decoded, in one pass: `&amp;apos;` gives `&apos;`. Unknown or invalid
 * references stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : entity;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return isCharacter(code) ? String.fromCodePoint(code) : entity;
  });
}

/** A string decoded, each string of a list decoded, anything else as it is (for the validator to judge). */
export const plainText = (value: unknown): unknown =>
  typeof value === 'string' ? decodeEntities(value) : Array.isArray(value) ? value.map(plainText) : value;
