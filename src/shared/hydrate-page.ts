// Loaded by hydration.ts only on a page with server-rendered cards: Lit's hydration support, and
// what holds those cards back from hydrating until the reader gets near them.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, adoptStyles, render, type PropertyValues } from 'lit';
import { dataLayer } from '../controllers/data-layer.js';
import { errorDetail } from '../data/events.js';
import { dataFileError } from '../data/load-error.js';
import { emit } from './events.js';
import { warnOnce } from './warn.js';

/** Lit's own switch: an element with this attribute waits; removing it hydrates the element. */
const DEFER = 'defer-hydration';
/** How near the viewport a static card has to come before it is hydrated. */
const NEAR = '200px';
/** What a reader does first with a control: hydrating then lets the click or key that follows work. */
const TOUCH = ['pointerdown', 'focusin', 'keydown'] as const;

/** Cards the reader touched: they hydrate at once, before the click. */
const touchedCards = new WeakSet<Element>();

/** Whether `element` is a touched card or inside one (through shadow roots). */
function inTouchedCard(element: Element): boolean {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host)
    if (touchedCards.has(node)) return true;
  return false;
}

/** A new task: the browser may paint and handle input in between. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};

type Hydratable = LitElement & { renderRoot: ShadowRoot; render(): unknown };
const proto = LitElement.prototype as unknown as {
  createRenderRoot(this: Hydratable): HTMLElement | DocumentFragment;
  scheduleUpdate(this: Hydratable): unknown;
  update(this: Hydratable, changed: PropertyValues): void;
};

/** Elements rendered by the server: they had a shadow root before making one. */
const serverRendered = new WeakSet<Hydratable>();
let tracking = false;

/**
 * Notes each server-rendered element as it makes its render root, once for both patches below.
 * Installed after Lit's hydration support, whose own createRenderRoot it wraps.
 */
function trackServerRendered(): void {
  if (tracking) return;
  tracking = true;
  const { createRenderRoot } = proto;
  proto.createRenderRoot = function () {
    if (this.shadowRoot) serverRendered.add(this);
    return createRenderRoot.call(this);
  };
}

/** Whether the element's next update is its hydration: the first of a server-rendered element. */
const hydrates = (element: Hydratable) => serverRendered.has(element) && !element.hasUpdated;

/**
 * Gives every server-rendered element's hydration a task of its own, after the one that released
 * it: a card reads its film in that first task (see FilmCard.scheduleUpdate), and reading and
 * hydrating in one task would hold the page's main thread for both at once. Nothing is shown
 * differently meanwhile (the server's HTML stays as it is). Not for a card the reader touched: its
 * controls must work on the first click.
 */
function hydrateInTasks(): void {
  trackServerRendered();
  const { scheduleUpdate } = proto;
  proto.scheduleUpdate = function () {
    if (!hydrates(this) || inTouchedCard(this)) return scheduleUpdate.call(this);
    return nextTask().then(() => scheduleUpdate.call(this));
  };
}

/**
 * Draws an element afresh when its server-rendered HTML does not match its templates, where Lit's
 * hydration would throw into the page and leave a dead element: HTML written by another version
 * of film-cards (a blog post's static card, a bundle from a CDN's latest). Call it once, after
 * Lit's hydration support is installed.
 */
export function drawAfreshOnMismatch(): void {
  trackServerRendered();
  const { update } = proto;
  proto.update = function (changed) {
    const hydrating = hydrates(this);
    try {
      update.call(this, changed);
    } catch (error) {
      if (!hydrating) throw error;
      warnOnce(
        this,
        `<${this.localName}> was server-rendered by another version of film-cards; it is drawn afresh.`,
      );
      // The server's DOM and styles go; the element's own take their place, as on a page without them.
      const root = this.renderRoot;
      root.replaceChildren();
      delete (root as { _$litPart$?: unknown })._$litPart$;
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  };
}

/**
 * Holds every server-rendered `tag` element already in the document back from hydrating until it
 * comes near the viewport or the reader touches it, and hydrates each in a task of its own. Must
 * run before `tag` is defined; elements added to the page later hydrate as soon as they connect.
 */
export function deferHydration(tag: string): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const waiting = [...document.querySelectorAll(tag)].filter(
    (element) => element.shadowRoot && !element.hasAttribute(DEFER),
  );
  if (!waiting.length) return;
  hydrateInTasks();
  const observer =
    'IntersectionObserver' in globalThis
      ? new IntersectionObserver(
          (entries) => entries.forEach((entry) => entry.isIntersecting && hydrate(entry.target)),
          { rootMargin: NEAR },
        )
      : undefined;
  const touched = (event: Event) => {
    touchedCards.add(event.currentTarget as Element);
    hydrate(event.currentTarget as Element);
  };
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

/**
 * Keeps every server-rendered `tag` element as the server drew it, for good, and has each say so
 * with `film-error`: without the data layer a card cannot read the film it was rendered with, and
 * drawn again it would show an error in place of that film. Those already in the document say it as
 * the bundle starts (this must run before `tag` is defined); those the page adds later, as they
 * connect.
 */
export function keepAsRendered(tag: string): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const say = (element: Element) => emit(element, 'film-error', errorDetail(dataFileError()));
  for (const element of document.querySelectorAll(tag)) {
    if (!element.shadowRoot) continue;
    element.setAttribute(DEFER, '');
    say(element);
  }
  trackServerRendered();
  const { scheduleUpdate } = proto;
  proto.scheduleUpdate = function () {
    // Unless the data layer came after all (another try, another copy): then it hydrates.
    if (this.localName !== tag || !hydrates(this) || dataLayer()) return scheduleUpdate.call(this);
    // Its first update would be its hydration: it never comes, and the server's DOM stays.
    say(this);
    return undefined;
  };
}
