/**
 * How near the viewport (in CSS pixels) a lazy element starts loading: a screen and a half ahead,
 * so that even a slow server answers before the card scrolls into view and grows.
 */
export const NEAR_VIEWPORT = 1500;

// One IntersectionObserver serves every lazy element on the page: a page with 5,000 cards
// holds one observer, not 5,000.
let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const near = entry.isIntersecting && waiting.get(entry.target);
    if (near) {
      waiting.delete(entry.target);
      observer!.unobserve(entry.target);
      near();
    }
  }
}

/**
 * Calls `callback` once, when `element` comes within `NEAR_VIEWPORT` pixels of the viewport.
 * Returns a function that stops waiting.
 */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  const stop = () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
  // Created with a module-level callback: a callback written here would close over this call's
  // `element` and `callback`, keeping the first lazy element of the page alive for good.
  observer ??= new IntersectionObserver(onIntersect, { rootMargin: `${NEAR_VIEWPORT}px` });
  waiting.set(element, callback);
  observer.observe(element);
  return stop;
}
