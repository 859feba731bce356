import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

// One observer for every watched element on the page. An element's first observation, and every
// layout that changes its size (the card narrowing on a phone turned sideways, say), report it.
const controllers = new WeakMap<Element, OverflowController>();
let observer: ResizeObserver | undefined;

/**
 * Whether an element of the host's shadow root, clipped by CSS (a line clamp), holds more than it
 * shows: so that a "More" button appears only where it reveals something. Measured after layout,
 * never by forcing one: a grid of cards is measured in one pass. Until the element's first layout
 * (and on a server, where nothing is laid out) it is taken to overflow: the host then updates
 * only where that was wrong, not every card of a grid on a phone. New text keeps the last
 * measure until its own first layout.
 */
export class OverflowController implements ReactiveController {
  /** Whether the element's content overflows it, as of its last layout while `measuring()`; true until measured. */
  overflows = true;

  private element?: Element;
  private text?: string | null;

  /**
   * @param id The element's id in the host's shadow root.
   * @param measuring Whether the element is clipped now: an opened element fits by definition, so
   * its layouts while open say nothing.
   */
  constructor(
    private readonly host: Host,
    private readonly id: string,
    private readonly measuring: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: watch again at the next update.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostUpdated(): void {
    // Text that is not clipped (short, or opened) fits by definition: nothing to watch. Watched
    // again once clipped, its first observation measures it.
    if (!this.measuring()) {
      this.unwatch();
      return;
    }
    const element = this.host.shadowRoot?.getElementById(this.id) ?? undefined;
    // New text in the same box may overflow where the old did not, at the same size: start again.
    const text = element?.textContent;
    if (element === this.element && text === this.text) return;
    this.unwatch();
    this.text = text;
    if (!element) return;
    this.element = element;
    controllers.set(element, this);
    observer ??= new ResizeObserver((entries) => {
      for (const { target } of entries) controllers.get(target)?.measure(target);
    });
    observer.observe(element);
  }

  hostDisconnected(): void {
    this.unwatch();
  }

  private measure(element: Element) {
    if (!this.measuring()) return;
    const overflows = element.scrollHeight > element.clientHeight + 1;
    if (overflows === this.overflows) return;
    this.overflows = overflows;
    this.host.requestUpdate();
  }

  private unwatch() {
    if (!this.element) return;
    observer?.unobserve(this.element);
    controllers.delete(this.element);
    this.element = undefined;
  }
}
