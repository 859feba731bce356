// Where each element the loader waits for stands, for the loader's order of requests. Apart from
// viewport.ts because only cards with `src` need it: it comes with the data layer.
import { NEAR_VIEWPORT } from './viewport.js';

// Where each element the loader waits for stands, as the observers last reported it: on screen,
// within reach (2 x NEAR_VIEWPORT), or beyond. Kept from the observers' entries, so that choosing
// the next request never reads layout: a read forces a style and layout pass of the whole page,
// which with thousands of cards and a scrolling reader kept the main thread from sending requests.
interface Placement {
  /** Any of it on screen, as last reported; undefined until the first report. */
  onScreen?: boolean;
  /** Within 2 x NEAR_VIEWPORT of the viewport, as last reported; undefined until the first report. */
  inReach?: boolean;
  /** How many callers follow it. */
  followers: number;
}
const placements = new Map<Element, Placement>();
let screenObserver: IntersectionObserver | undefined;
let reachObserver: IntersectionObserver | undefined;
let changed: (() => void) | undefined;

function onPlacement(key: 'onScreen' | 'inReach', entries: IntersectionObserverEntry[]): void {
  let moved = false;
  for (const { target, isIntersecting } of entries) {
    const placement = placements.get(target);
    if (placement && placement[key] !== isIntersecting) [placement[key], moved] = [isIntersecting, true];
  }
  if (moved) changed?.();
}
const onScreenReport = (entries: IntersectionObserverEntry[]) => onPlacement('onScreen', entries);
const inReachReport = (entries: IntersectionObserverEntry[]) => onPlacement('inReach', entries);

/**
 * Follows where `element` stands relative to the viewport until the returned function is called;
 * `onChange` (one for the page: the loader's scheduler) runs whenever an element moves between on
 * screen, within reach and beyond.
 */
export function followPlacement(element: Element, onChange: () => void): () => void {
  // Without observers (a DOM made for tests, an old web view), every element counts as in reach.
  if (typeof IntersectionObserver === 'undefined') return () => {};
  changed = onChange;
  // Module-level callbacks, as in whenNearViewport: one written here would keep this call's
  // `element` alive for good.
  screenObserver ??= new IntersectionObserver(onScreenReport);
  reachObserver ??= new IntersectionObserver(inReachReport, {
    rootMargin: `${2 * NEAR_VIEWPORT}px`,
  });
  const placement = placements.get(element) ?? { followers: 0 };
  if (!placement.followers++) {
    placements.set(element, placement);
    screenObserver.observe(element);
    reachObserver.observe(element);
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--placement.followers) return;
    placements.delete(element);
    screenObserver?.unobserve(element);
    reachObserver?.unobserve(element);
  };
}

/**
 * Where a followed `element` stands, without reading layout: 0 on screen, 1 within reach, 2
 * beyond or not rendered; 1 until the observers first report. `inReach` is false only once they
 * have reported it beyond reach (or it left the page).
 */
export function placementOf(element: Element): { rank: number; inReach: boolean } {
  if (!element.isConnected) return { rank: 2, inReach: false };
  const { onScreen, inReach } = placements.get(element) ?? {};
  return {
    rank: onScreen ? 0 : inReach === false ? 2 : 1,
    inReach: inReach !== false,
  };
}
