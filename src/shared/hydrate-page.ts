// Loaded by hydration.ts only on a page with server-rendered cards: Lit's hydration support, and
// what holds those cards back from hydrating until the reader gets near them.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** Lit's own switch: an element with this attribute waits; removing it hydrates the element. */
const DEFER = 'defer-hydration';
/** How near the viewport a static card has to come before it is hydrated. */
const NEAR = '200px';
/** What a reader does first with a control: hydrating then lets the click or key that follows work. */
const TOUCH = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * Holds every server-rendered `tag` element already in the document back from hydrating until it
 * comes near the viewport or the reader touches it. Must run before `tag` is defined; elements
 * added to the page later hydrate as soon as they connect.
 */
export function deferHydration(tag: string): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const waiting = [...document.querySelectorAll(tag)].filter(
    (element) => element.shadowRoot && !element.hasAttribute(DEFER),
  );
  if (!waiting.length) return;
  const observer =
    'IntersectionObserver' in globalThis
      ? new IntersectionObserver(
          (entries) => entries.forEach((entry) => entry.isIntersecting && hydrate(entry.target)),
          { rootMargin: NEAR },
        )
      : undefined;
  const touched = (event: Event) => hydrate(event.currentTarget as Element);
  const hydrate = (element: Element) => {
    observer?.unobserve(element);
    for (const type of TOUCH) element.removeEventListener(type, touched, true);
    element.removeAttribute(DEFER);
  };
  for (const element of waiting) {
    element.setAttribute(DEFER, '');
    for (const type of TOUCH) element.addEventListener(type, touched, { capture: true, passive: true });
    if (observer) observer.observe(element);
    else hydrate(element);
  }
}
