// Lazy hydration of server-rendered cards for the drop-in bundle. Cards rendered with
// renderFilmCard() (declarative shadow roots) are adopted where they stand (same nodes, no second
// render, nothing moves) instead of being rendered again. Lit's hydration support is loaded only
// when the page holds such cards, and installed before the elements are defined; the cards
// already in the page are then held back until they come near the viewport or are touched.
import { LitElement } from 'lit';
import { loadDataLayer } from '../controllers/data-layer.js';

/** The elements renderFilmCard() writes declarative shadow roots for. */
const TAGS = ['film-card', 'rating-badge', 'watch-availability', 'watchlist-button'];
/** Lit's own switch: an element with this attribute waits; removing it hydrates the element. */
const DEFER = 'defer-hydration';
/** How near the viewport a static card has to come before it is hydrated. */
const NEAR = '200px';
/** What a reader does first with a control: hydrating then lets the click or key that follows work. */
const TOUCH = ['pointerdown', 'focusin', 'keydown'] as const;

type HydrateSupport = (classes: { LitElement: typeof LitElement }) => void;

/**
 * Installs Lit's hydration support when the page holds server-rendered elements: a promise that
 * settles once it is in (the elements must be defined after that), or undefined when the page has
 * none and nothing needs to wait. Never rejects: without the support, cards render afresh.
 *
 * The data layer comes in the same wait, side by side: a server-rendered card reads its film from
 * the JSON inside it, and has to be able to hydrate at once when the reader touches it.
 */
export function loadHydrationSupport(): Promise<void> | undefined {
  const global = globalThis as { litElementHydrateSupport?: HydrateSupport };
  // Already there: the page loaded it before Lit, as the npm entries' users do, or a copy of the bundle did.
  if (typeof document === 'undefined' || global.litElementHydrateSupport) return undefined;
  if (TAGS.some((tag) => customElements.get(tag))) return undefined;
  const rendered = [...document.querySelectorAll(TAGS.join(','))].some((element) => element.shadowRoot);
  if (!rendered) return undefined;
  const support = import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(
    () => {
      // The support patches LitElement when Lit finds it at start-up; Lit was evaluated before it here.
      global.litElementHydrateSupport?.({ LitElement });
    },
    (error: unknown) => console.warn(`film-cards: could not load hydration support (${String(error)}).`),
  );
  return Promise.all([support, loadDataLayer()]).then(() => undefined);
}

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
