// What every hardening test asserts about a page after hostile input: no trap ran, nothing was
// thrown into the page, no prototype changed, and every shadow root holds only safe markup.
import { TRAP } from '../fixtures/hostile/payloads.js';

type Trapped = typeof globalThis & Record<string, unknown>;

/** Counts calls of `__pwned()` (and of `alert`, `confirm`, `prompt`, `print`) until `restore()`. */
export function installTrap() {
  const win = window as unknown as Trapped;
  const calls: string[] = [];
  const names = [TRAP, 'alert', 'confirm', 'prompt', 'print'];
  const saved = names.map((name) => [name, win[name]] as const);
  for (const name of names)
    win[name] = (...args: unknown[]) => void calls.push(`${name}(${args.map(String).join(', ')})`);
  return {
    calls,
    restore: () => saved.forEach(([name, value]) => (win[name] = value)),
  };
}

/** Records every uncaught error and unhandled rejection until `stop()`. */
export function recordPageErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const prototypes = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Element: Element.prototype,
  HTMLElement: HTMLElement.prototype,
};

/** The own keys and values of the built-in prototypes, to prove later that nothing was added or replaced. */
export function snapshotPrototypes() {
  const snapshot = Object.entries(prototypes).map(
    ([name, proto]) =>
      [
        name,
        proto,
        new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)])),
      ] as const,
  );
  /** What changed since the snapshot, as "Object.prototype.polluted" lines. */
  return () => {
    const changes: string[] = [];
    for (const [name, proto, before] of snapshot) {
      for (const key of Reflect.ownKeys(proto)) {
        const was = before.get(key);
        const now = Object.getOwnPropertyDescriptor(proto, key)!;
        if (!was || was.value !== now.value || was.get !== now.get || was.set !== now.set)
          changes.push(`${name}.prototype.${String(key)}`);
      }
    }
    const probe = {} as Record<string, unknown>;
    for (const key of ['polluted', 'title', 'src', 'href', 'film', 'scale', 'isAdmin'])
      if (probe[key] !== undefined) changes.push(`({}).${key}`);
    return changes;
  };
}

/** Every element in `roots` and in the open shadow roots below them, at any depth. */
export function* walk(...roots: (Element | ShadowRoot)[]): Generator<Element> {
  for (const root of roots) {
    const elements =
      root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll('*')];
    for (const element of elements) {
      yield element;
      if (element.shadowRoot) yield* walk(element.shadowRoot);
    }
  }
}

/** Every element inside the shadow roots of `hosts` (not the hosts' own light DOM). */
export function* shadowElements(hosts: Iterable<Element>): Generator<Element> {
  for (const host of hosts) if (host.shadowRoot) yield* walk(host.shadowRoot);
}

/** The tags the elements render. Anything else in a shadow root came from data. */
const ALLOWED_TAGS = new Set([
  'article',
  'div',
  'p',
  'span',
  'a',
  'img',
  'svg',
  'rect',
  'path',
  'ul',
  'li',
  'dl',
  'dt',
  'dd',
  'button',
  'slot',
  'time',
]);
/** Attributes a browser loads, navigates to or submits to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'ping',
  'cite',
  'longdesc',
  'codebase',
  'manifest',
  'lowsrc',
  'dynsrc',
  'usemap',
];

function isHttp(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/**
 * The unsafe things in the shadow roots of `hosts`: unknown tags, `on*` attributes, `srcdoc`, and
 * URL attributes that are not http(s). Empty when all is well. Also counts what it looked at.
 */
export function unsafeMarkup(hosts: Iterable<Element>, tally?: { elements: number; urls: number }): string[] {
  const problems: string[] = [];
  for (const element of shadowElements(hosts)) {
    if (tally) tally.elements++;
    const tag = element.localName;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`<${tag}> in a shadow root`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name)!;
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      if (!URL_ATTRIBUTES.includes(name.toLowerCase())) continue;
      if (tally) tally.urls++;
      const urls =
        name === 'srcset'
          ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : [value];
      for (const url of urls) if (!isHttp(url)) problems.push(`<${tag} ${name}="${value.slice(0, 80)}">`);
    }
  }
  return problems;
}

/** The text a reader sees or hears in the shadow roots of `host`, at any depth: text nodes and aria-label/alt/title values. */
export function renderedText(host: Element): string {
  const parts: string[] = [];
  const read = (root: ShadowRoot) => {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) parts.push(texts.currentNode.textContent!);
    for (const element of root.querySelectorAll('*')) {
      for (const name of ['aria-label', 'alt', 'title'])
        if (element.hasAttribute(name)) parts.push(element.getAttribute(name)!);
      if (element.shadowRoot) read(element.shadowRoot);
    }
  };
  if (host.shadowRoot) read(host.shadowRoot);
  return parts.join(' ');
}

type Updating = Element & { updateComplete: Promise<unknown> };

/** Waits for `hosts` and every Lit element in their shadow roots to finish updating, twice over (children render after parents). */
export async function settle(hosts: Iterable<Element>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending = [...walk(...hosts)]
      .filter((element): element is Updating => 'updateComplete' in element)
      .map((element) => element.updateComplete);
    await Promise.all(pending);
  }
}

/** A frame and a macrotask: long enough for an injected `onerror` or `onload` to have fired. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));

/** A container far below the viewport: lazy images and lazy cards inside it never load. */
export function offscreen(): HTMLElement {
  const container = document.createElement('div');
  container.style.cssText = 'position: absolute; top: 200000px; left: 0; width: 60rem';
  document.body.append(container);
  return container;
}

/** Text as the elements normalise a one-line field: control characters gone, white space collapsed and trimmed. */
export const asText = (value: string) =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(/[\0-\x08\x0b-\x1f\x7f-\x9f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Silences console.warn (the elements warn once per bad field) and counts the warnings. */
export function muteWarnings() {
  const original = console.warn;
  let count = 0;
  console.warn = () => void count++;
  return {
    get count() {
      return count;
    },
    restore: () => void (console.warn = original),
  };
}
