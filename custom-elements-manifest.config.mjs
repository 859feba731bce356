// The custom elements manifest (custom-elements.json) ships in the package: editors, Storybook and
// the framework typings (scripts/framework-types.mjs) are generated from it.

/**
 * The elements are registered through `defineElement(tag, Class)` (guarded against double
 * definition), which the analyzer does not recognise as `customElements.define`. This plugin
 * records each such call as the module's `custom-element-definition` export, so tools can tell
 * which import registers which tag, and drops the meaningless one the analyzer infers from the
 * helper's own `customElements.define(tag, element)`.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'film-cards:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        !ts.isCallExpression(node) ||
        !ts.isIdentifier(node.expression) ||
        node.expression.text !== 'defineElement'
      )
        return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
        definitions.push({ moduleDoc, tag: tag.text, className: element.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement) declaredIn.set(declaration.name, module.path);
        }
        // The helper's own define(tag, element) call, seen with variables instead of a real tag.
        module.exports = module.exports?.filter(
          (entry) =>
            !(
              entry.kind === 'custom-element-definition' &&
              entry.name === 'tag' &&
              entry.declaration?.name === 'element'
            ),
        );
      }
      for (const { moduleDoc, tag, className } of definitions) {
        const module = declaredIn.get(className);
        if (!module)
          throw new Error(
            `defineElement('${tag}', ${className}): no custom element class named ${className}`,
          );
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name: className, module },
        });
      }
    },
  };
}

/**
 * Users get dist/, not the TypeScript sources: point every module path at the built file
 * (`src/film-card/film-card.ts` becomes `dist/film-card/film-card.js`), so a tool that imports
 * what the manifest names finds it in the installed package.
 */
function publishedPaths() {
  const toDist = (value) => value.replace(/^src\/(.+)\.ts$/, 'dist/$1.js');
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDist(child);
        else walk(child);
      }
    }
  };
  return {
    name: 'film-cards:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Styles and strings declare no API; the React wrappers are not custom elements of their own.
  exclude: ['src/**/*.styles.ts', 'src/**/messages.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls(), publishedPaths()],
};
