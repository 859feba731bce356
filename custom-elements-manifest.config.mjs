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
 * The elements declare their reactive properties in `static properties` (decorators cost the
 * drop-in bundle Lit's decorator modules). The analyzer reads that object, but marks each field
 * `privacy: "public"` where a plain field has no privacy at all, and gives an internal
 * `state: true` entry an attribute. This plugin puts the manifest back to what the fields say:
 * no privacy on public fields, no attribute for internal state.
 */
function staticProperties() {
  const states = new Map();
  return {
    name: 'film-cards:static-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (
          !ts.isPropertyDeclaration(member) ||
          member.name.getText() !== 'properties' ||
          !member.initializer ||
          !ts.isObjectLiteralExpression(member.initializer)
        )
          continue;
        const names = new Set();
        for (const entry of member.initializer.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          const isState = entry.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(entry.name.getText());
        }
        states.set(node.name.text, names);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const internal = states.get(declaration.name);
        if (!internal) continue;
        for (const member of declaration.members ?? []) {
          if (member.kind === 'field' && member.privacy === 'public') delete member.privacy;
          if (internal.has(member.name)) delete member.attribute;
        }
        declaration.attributes = declaration.attributes?.filter(
          (attribute) => !internal.has(attribute.fieldName),
        );
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
  plugins: [staticProperties(), defineElementCalls(), publishedPaths()],
};
