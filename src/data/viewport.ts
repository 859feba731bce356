// One IntersectionObserver serves every lazy element on the page: a page with 5,000 cards
// holds one observer, not 5,000.
let observer: IntersectionObserver | undefined;
const waiting = new Map<Element, () => void>();

/**
 * Calls `callback` once, when `element` comes within 400 px of the viewport. Returns a function
 * that stops waiting.
 */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  const stop = () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const near = entry.isIntersecting && waiting.get(entry.target);
        if (near) {
          waiting.delete(entry.target);
          observer!.unobserve(entry.target);
          near();
        }
      }
    },
    { rootMargin: '400px' },
  );
  waiting.set(element, callback);
  observer.observe(element);
  return stop;
}
