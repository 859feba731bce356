// A build step for the styles in css`...` templates: bundlers minify code but
// leave template strings alone, and the elements' CSS is a third of their size.
// Comments and white space go, and what CSS reads the same written shorter: quotes around an
// attribute value that is a name, a number's leading zero, the space before !important. The
// browser reads each element's styles into the same rules either way (test/build/minify-css.test.ts).
// It knows nothing of strings and url(): a style that put spaces or numbers inside one would read
// differently minified, and that test would fail.

const cssTemplate = /\bcss`([^`]*)`/g;

/**
 * @param {string} text
 * @returns {string}
 */
export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .replace(/\s+!important/g, '!important')
      // [part~='title'] as [part~=title]; a value that starts with a digit needs its quotes.
      .replace(/=(['"])([a-zA-Z_][\w-]*)\1\]/g, '=$2]')
      // 0.75rem as .75rem, after a space, a colon, a comma, a bracket, a sign or a slash.
      .replace(/(^|[\s:,(/*+-])0\.(\d)/g, '$1.$2')
      .trim()
  );
}

/**
 * A Vite plugin that minifies the CSS of css`` templates in the project's sources.
 * @returns {import('vite').Plugin}
 */
export function minifyCssTemplates() {
  return {
    name: 'film-cards:minify-css-templates',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(cssTemplate, (_, /** @type {string} */ body) => `css\`${minifyCss(body)}\``),
        map: null,
      };
    },
  };
}
