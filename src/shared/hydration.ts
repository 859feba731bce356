// Lazy hydration of server-rendered cards for the drop-in bundle. Cards rendered with
// renderFilmCard() (declarative shadow roots) are adopted where they stand (same nodes, no second
// render, nothing moves) instead of being rendered again. Lit's hydration support is loaded only
// when the page holds such cards (hydrate-page.ts, a chunk of its own), and installed before the
// elements are defined; the cards already in the page are then held back until they come near
// the viewport or are touched.
import { LitElement } from 'lit';
import { loadDataLayer } from '../controllers/data-layer.js';

/** The elements renderFilmCard() writes declarative shadow roots for: the card, which draws all it shows. */
const TAGS = ['film-card'];
type HydrateSupport = (classes: { LitElement: typeof LitElement }) => void;

/**
 * Installs Lit's hydration support when the page holds server-rendered elements: a promise that
 * settles once it is in (the elements must be defined after that), or undefined when the page has
 * none and nothing needs to wait. Never rejects: without the support, cards render afresh.
 *
 * The data layer comes in the same wait, side by side: a server-rendered card reads its film from
 * the JSON inside it, and has to be able to hydrate at once when the reader touches it. When the
 * layer's file cannot be fetched, the cards stay as the server drew them (see `keepAsRendered`).
 */
export function loadHydrationSupport(): Promise<void> | undefined {
  const global = globalThis as { litElementHydrateSupport?: HydrateSupport };
  // Already there: the page loaded it before Lit, as the npm entries' users do, or a copy of the bundle did.
  if (typeof document === 'undefined' || global.litElementHydrateSupport) return undefined;
  if (TAGS.some((tag) => customElements.get(tag))) return undefined;
  const rendered = [...document.querySelectorAll(TAGS.join(','))].some((element) => element.shadowRoot);
  if (!rendered) return undefined;
  const support = import('./hydrate-page.js').catch((error: unknown) => {
    console.warn(`film-cards: could not load hydration support (${String(error)}).`);
  });
  return Promise.all([support, loadDataLayer()]).then(([page, layer]) => {
    if (!page) return;
    // The support patches LitElement when Lit finds it at start-up; Lit was evaluated before it here.
    global.litElementHydrateSupport?.({ LitElement });
    page.drawAfreshOnMismatch();
    // The cards already in the page wait to hydrate until they near the viewport; without the data
    // layer to read their films they stay as the server drew them.
    if (layer) page.deferHydration('film-card');
    else page.keepAsRendered('film-card');
  });
}
