// On a server there is no page to resolve against: there, only absolute URLs pass.
const pageUrl = () => (typeof document === 'undefined' ? undefined : document.baseURI);

// A page of cards repeats most URLs (a provider's page, a shared poster): each is parsed once per
// base. Bounded, so a page that lives long with ever new URLs does not keep them all.
const checked = new Map<string | undefined, Map<string, string | undefined>>();
let checkedCount = 0;
const MAX_CHECKED = 2000;

/**
 * Returns the URL as an absolute http(s) URL, or undefined for anything else:
 * `javascript:`, `data:`, `vbscript:` (in any case or encoding) and malformed
 * input never reach an href or src. Relative URLs resolve against `base`
 * (the page, by default), so a blogger's `/posters/a.jpg` works.
 */
export function safeUrl(value: unknown, base: string | undefined = pageUrl()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text.length > 2048) return undefined;
  let known = checked.get(base);
  if (known?.has(text)) return known.get(text);
  let href: string | undefined;
  try {
    const url = new URL(text, base);
    href = /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    // malformed: refused like any other unsafe value
  }
  if (++checkedCount > MAX_CHECKED) {
    checked.clear();
    checkedCount = 1;
    known = undefined;
  }
  if (!known) checked.set(base, (known = new Map<string, string | undefined>()));
  known.set(text, href);
  return href;
}
