import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../shared/warn.js';
import type { Film } from '../data/film.js';
import { GENERATED_ATTRIBUTE, movieJsonLd, scriptJson } from '../data/movie-json-ld.js';

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScript: (text: string) => string },
  ): { createScript(text: string): unknown };
}

let policy: { createScript(text: string): unknown } | null | undefined;

/**
 * A script's text is a Trusted Types sink, even for data. On a page that enforces Trusted Types
 * the text goes through a policy of the library's own, named "film-cards" (the JSON is escaped:
 * it cannot close the script). Undefined when the page's policy list forbids that name.
 */
function trustedScript(text: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return text;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('film-cards', { createScript: (json) => json });
    } catch {
      policy = null;
    }
  }
  return policy?.createScript(text);
}

const isJsonLd = (child: Element): child is HTMLScriptElement =>
  child.localName === 'script' &&
  (child.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';

/**
 * Keeps a schema.org `Movie` JSON-LD script for its host's film in the host's light DOM, where
 * search engines read it (they do not look into shadow roots). `film()` says which film, or
 * undefined for none: the script is then removed.
 *
 * It writes nothing while the host holds a JSON-LD script its author wrote, which already describes
 * the film to search engines. A script it wrote before (or that server rendering wrote) is updated
 * in place, and only when its text changes, so that a hydrated page sees no mutation at all.
 */
export class JsonLdController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly film: () => Film | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const scripts = [...this.host.children].filter(isJsonLd);
    const [ours, ...extra] = scripts.filter((script) => script.hasAttribute(GENERATED_ATTRIBUTE));
    const film = this.film();
    const text =
      film && scripts.every((script) => script.hasAttribute(GENERATED_ATTRIBUTE))
        ? scriptJson(movieJsonLd(film))
        : undefined;
    for (const script of extra) script.remove();
    if (text === undefined) {
      ours?.remove();
    } else if (!ours) {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(GENERATED_ATTRIBUTE, '');
      if (this.write(script, text)) this.host.append(script);
    } else if (ours.textContent !== text) {
      this.write(ours, text);
    }
  }

  /** Sets a script's text; false when the page's Trusted Types rules forbid it (one warning). */
  private write(script: HTMLScriptElement, text: string): boolean {
    const trusted = trustedScript(text);
    if (trusted === undefined) {
      warnOnce(
        this.host,
        `<${this.host.localName}> json-ld: this page's Trusted Types policy list does not allow "film-cards", so no JSON-LD is written.`,
      );
      return false;
    }
    script.text = trusted as string;
    return true;
  }
}
