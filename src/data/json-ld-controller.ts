import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Film } from './film.js';
import { GENERATED_ATTRIBUTE, movieJsonLd, scriptJson } from './movie-json-ld.js';

const isJsonLd = (child: Element): child is HTMLScriptElement =>
  child.localName === 'script' && (child.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';

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
    const text = film && scripts.every((script) => script.hasAttribute(GENERATED_ATTRIBUTE)) ? scriptJson(movieJsonLd(film)) : undefined;
    for (const script of extra) script.remove();
    if (text === undefined) {
      ours?.remove();
    } else if (!ours) {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(GENERATED_ATTRIBUTE, '');
      script.textContent = text;
      this.host.append(script);
    } else if (ours.textContent !== text) {
      ours.textContent = text;
    }
  }
}
