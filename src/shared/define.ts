/**
 * Registers a custom element once. A page may load the drop-in bundle twice, or
 * two copies of the library (the bundle and an npm build); the first definition
 * wins and the page never sees an "already defined" error.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // A server without a DOM (a framework rendering on Node) has no registry: nothing to define there.
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
  } else if (existing !== element) {
    console.warn(`film-cards: <${tag}> is already defined by another copy of the library; keeping that one.`);
  }
}
