// Writes the framework typings and editor data that ship in the package, from custom-elements.json
// (run after `cem analyze` and the declaration build, whose .d.ts files the typings import):
//
//   dist/types/jsx.d.ts                 `film-cards/jsx`: every tag's props for JSX (React 19, Preact, Solid)
//   dist/types/vue.d.ts                 `film-cards/vue`: every tag in Vue's GlobalComponents
//   dist/vscode.html-custom-data.json   tags and attributes for VS Code's HTML completion
//   dist/vscode.css-custom-data.json    custom properties and parts for VS Code's CSS completion
//
// The typings take each prop's type from the element class itself (`FilmCard['variant']`), so they
// cannot disagree with the classes; the manifest contributes names, docs and events. The registry's
// JSX and Vue generators were tried first: they import every event type from each element's module
// (where these are not exported, and twice when two elements share one) and wrap event types that
// already are CustomEvents in another CustomEvent, so the typings are written here instead.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

/** @typedef {import('./manifest.d.mts').Manifest} Manifest */
/** @typedef {import('./manifest.d.mts').TaggedElement} TaggedElement */
/** @typedef {import('./manifest.d.mts').Event} ManifestEvent */
/** @typedef {Parameters<typeof generateVsCodeCustomElementData>[0]} VsCodeManifest */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** @type {Manifest} */
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const banner =
  "// Generated from custom-elements.json by the package build; edit the elements' JSDoc instead.\n";

const classes = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement);
// An element the analyzer found without its tag (its JSDoc block no longer directly above the class,
// say) would silently vanish from every typing; say so here, where the cause is still guessable.
for (const untagged of classes.filter((declaration) => !declaration.tagName)) {
  console.warn(
    `framework typings: ${untagged.name} has no @tagname in the manifest and is left out; is its JSDoc block directly above the class?`,
  );
}
const elements = classes
  .filter(
    /** @returns {declaration is TaggedElement} */
    (declaration) => Boolean(declaration.tagName),
  )
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (elements.length === 0)
  throw new Error('custom-elements.json declares no element: run `cem analyze` first');

const identifier = /^[A-Za-z_$][\w$]*$/;
/** @param {string} name */
const camel = (name) => name.replace(/-([a-z])/g, (_, /** @type {string} */ letter) => letter.toUpperCase());
/** @param {string} name */
const pascal = (name) => camel(name).replace(/^[a-z]/, (letter) => letter.toUpperCase());
/** @param {string} name */
const key = (name) => (identifier.test(name) ? name : `'${name}'`);
/**
 * A JSDoc comment of that text, or nothing when there is none.
 * @param {string | undefined} text
 * @param {string} [indent]
 */
function doc(text, indent = '  ') {
  const lines = (text ?? '').trim().replaceAll('*/', '*\\/').split('\n');
  if (!lines[0]) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}
// An event type the manifest names (`@fires {WatchlistEvent}`) is one the main entry exports; anything
// else (no type, an inline type) falls back to CustomEvent rather than guessing.
/** @param {ManifestEvent} event */
const eventType = (event) =>
  identifier.test(event.type?.text ?? '') ? /** @type {string} */ (event.type?.text) : 'CustomEvent';

/** @param {TaggedElement} element */
const publicFields = (element) =>
  (element.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      !member.privacy &&
      !member.name.startsWith('#'),
  );

/** @param {TaggedElement} element */
function elementDoc(element) {
  /**
   * @param {string} title
   * @param {{ name: string, description?: string }[] | undefined} items
   * @param {(item: { name: string }) => string} [name]
   */
  const list = (title, items, name = (item) => item.name) =>
    items?.length
      ? `\n\n${title}:\n${items.map((item) => `- \`${name(item) || '(default)'}\`: ${item.description ?? ''}`.trimEnd()).join('\n')}`
      : '';
  return (
    [element.summary, element.description].filter(Boolean).join('\n\n') +
    list('Events', element.events) +
    list('Slots', element.slots) +
    list('CSS parts', element.cssParts) +
    list('CSS custom properties', element.cssProperties)
  );
}

// Only the classes whose members the props refer to: an element of attributes alone needs no import.
const classNames = elements
  .filter(
    (element) => publicFields(element).length || element.attributes?.some((attribute) => attribute.fieldName),
  )
  .map((element) => element.name);
const eventNames = [...new Set(elements.flatMap((element) => (element.events ?? []).map(eventType)))].filter(
  (type) => type !== 'CustomEvent',
);
const imports = `import type { ${[...classNames, ...eventNames].sort().join(', ')} } from '../index.js';\n`;

/**
 * JSX props: attributes by their attribute name (React 19 and Preact set those as attributes), property-only fields by name, events as `on<event-name>`.
 * @param {TaggedElement} element
 */
function jsxProps(element) {
  /** @type {string[]} */
  const lines = [];
  for (const attribute of element.attributes ?? []) {
    const type = attribute.fieldName
      ? `${element.name}['${attribute.fieldName}']`
      : (attribute.type?.text ?? 'string');
    lines.push(`${doc(attribute.description)}  ${key(attribute.name)}?: ${type};`);
  }
  for (const field of publicFields(element).filter((member) => !member.attribute)) {
    lines.push(`${doc(field.description)}  ${key(field.name)}?: ${element.name}['${field.name}'];`);
  }
  for (const event of element.events ?? []) {
    lines.push(
      `${doc(event.description)}  ${key(`on${event.name}`)}?: (event: ${eventType(event)}) => void;`,
    );
  }
  return `export interface ${element.name}Props {\n${lines.join('\n')}\n}\n`;
}

/**
 * Vue props: every public property by its camelCase name (Vue sets a prop the element has as that property) and events as Vue spells their handlers.
 * @param {TaggedElement} element
 */
function vueProps(element) {
  /** @type {string[]} */
  const lines = [];
  const fields = publicFields(element);
  for (const field of fields)
    lines.push(`${doc(field.description)}  ${key(field.name)}?: ${element.name}['${field.name}'];`);
  // Attributes without a property (plain HTMLElement subclasses) are only attributes.
  for (const attribute of (element.attributes ?? []).filter((attribute) => !attribute.fieldName)) {
    lines.push(
      `${doc(attribute.description)}  ${key(camel(attribute.name))}?: ${attribute.type?.text ?? 'string'};`,
    );
  }
  for (const event of element.events ?? []) {
    lines.push(
      `${doc(event.description)}  ${key(`on${pascal(event.name)}`)}?: (event: ${eventType(event)}) => void;`,
    );
  }
  return `export interface ${element.name}VueProps {\n${lines.join('\n')}\n}\n`;
}

const jsx = `${banner}${imports}
/** What any element takes in JSX whatever the framework; pass your framework's own HTML props as \`Base\` for the rest. */
export interface BaseProps {
  children?: unknown;
  class?: string;
  className?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  exportparts?: string;
  hidden?: boolean;
  id?: string;
  key?: string | number;
  lang?: string;
  part?: string;
  ref?: unknown;
  slot?: string;
  style?: string | Record<string, string | number | undefined>;
  tabIndex?: number;
  title?: string;
}

${elements.map(jsxProps).join('\n')}
/**
 * Every film-cards tag with its props, to extend a framework's \`JSX.IntrinsicElements\` with:
 *
 * \`\`\`ts
 * import type { CustomElements } from 'film-cards/jsx';
 * declare module 'react' {
 *   namespace JSX {
 *     interface IntrinsicElements extends CustomElements {}
 *   }
 * }
 * \`\`\`
 */
export type CustomElements<Base = BaseProps> = {
${elements.map((element) => `${doc(elementDoc(element))}  '${element.tagName}': ${element.name}Props & Base;`).join('\n')}
};
`;

const vue = `${banner}import type { DefineComponent } from 'vue';
${imports}
${elements.map(vueProps).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((element) => `${doc(elementDoc(element), '    ')}    '${element.tagName}': DefineComponent<${element.name}VueProps>;`).join('\n')}
  }
}
`;

const dist = join(root, 'dist');
mkdirSync(join(dist, 'types'), { recursive: true });
writeFileSync(join(dist, 'types/jsx.d.ts'), jsx);
writeFileSync(join(dist, 'types/vue.d.ts'), vue);
// The whole manifest as read: its type above lists only the fields this script reads.
generateVsCodeCustomElementData(/** @type {VsCodeManifest} */ (manifest), {
  outdir: dist,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});
console.log(
  `framework typings and editor data for ${elements.map((element) => `<${element.tagName}>`).join(', ')}`,
);
