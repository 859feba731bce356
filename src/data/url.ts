// On a server there is no page to resolve against: there, only absolute URLs pass.
const pageUrl = () => (typeof document === 'undefined' ? undefined : document.baseURI);

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
  try {
    const url = new URL(text, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
