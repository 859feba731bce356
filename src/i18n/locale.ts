import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadLanguage } from './languages.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, so an element inside a card follows the card), else
 * the document's, else the browser's.
 */
export function resolveLocale(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return supportedOrDefault(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  // A server has no page or browser to ask: server rendering sets `lang` on the element instead.
  if (isServer) return 'en';
  return supportedOrDefault(document.documentElement.lang || navigator.language || 'en');
}

// Every card asks on every render, mostly for the same one or two tags.
const canonical = new Map<string, string>();

function supportedOrDefault(tag: string): string {
  let locale = canonical.get(tag);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    canonical.set(tag, locale);
  }
  return locale;
}

// One observer for the whole page: a `lang` change anywhere re-renders every
// connected element, which is rare enough to need nothing finer.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function observeLangChanges(): void {
  observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Keeps an element's `locale` current as `lang` attributes on the page change. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
    // Lit's server renderer writes shadow content without giving the host a shadow root, so an
    // element rendered inside this one would find no way up to this one's `lang`: give it one.
    if (isServer && !host.shadowRoot) host.attachShadow({ mode: 'open' });
  }

  /** The locale resolved for the update under way; a render asks for it a dozen times. */
  #current?: string;

  /** The locale to format and translate with, resolved afresh once per update. */
  get value(): string {
    return this.#current ?? resolveLocale(this.host);
  }

  hostUpdate(): void {
    const locale = (this.#current = resolveLocale(this.host));
    // An element in a language whose messages are not in yet (added to the page later) re-renders when they are.
    void loadLanguage(locale)?.then(() => this.host.requestUpdate());
  }

  hostUpdated(): void {
    // Between updates, `value` is resolved when asked: a `lang` changed meanwhile counts.
    this.#current = undefined;
  }

  hostConnected(): void {
    if (isServer) return;
    if (hosts.size === 0) observeLangChanges();
    hosts.add(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
