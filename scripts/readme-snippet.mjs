// The README's blogger snippet: what a blogger pastes, so the bench and the tests measure exactly
// that. Plain text in, text out, for Node and the browser alike.

/**
 * The first html block under "In a blog post" in the README's text.
 * @param {string} readme
 * @returns {string}
 */
export function bloggerSnippet(readme) {
  const section = readme.slice(readme.indexOf('## In a blog post'));
  const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!snippet) throw new Error('README.md has no html block under "In a blog post"');
  return snippet;
}
