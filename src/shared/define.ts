/** Until this settles, definitions wait (see `holdDefinitions`). */
let held: Promise<unknown> | undefined;

/**
 * Makes every element defined from now on wait until `until` settles: the drop-in bundle holds
 * them back while it loads what the page needs first (see page-ready.ts). The elements stay
 * undefined meanwhile, so a French page never shows English first.
 */
export function holdDefinitions(until: Promise<unknown>): void {
  held = until;
}

/**
 * Registers a custom element once. A page may load the drop-in bundle twice, or
 * two copies of the library (the bundle and an npm build); the first definition
 * wins and the page never sees an "already defined" error.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // A server without a DOM (a framework rendering on Node) has no registry: nothing to define there.
  const registry = globalThis.customElements;
  if (!registry) return;
  if (held) void held.then(() => define(registry, tag, element));
  else define(registry, tag, element);
}

function define(registry: CustomElementRegistry, tag: string, element: CustomElementConstructor) {
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
  } else if (existing !== element) {
    console.warn(`film-cards: <${tag}> is already defined by another copy of the library; keeping that one.`);
  }
}
