import { adaptFilm, type AdaptOptions } from './adapters/index.js';
import { GENERATED_ATTRIBUTE } from './movie-json-ld.js';
import type { FilmPatch } from './normalize.js';

const TYPES = ['application/ld+json', 'application/json'];

/**
 * The film described by a `<script type="application/ld+json">` or `<script type="application/json">`
 * child of `element`: the same JSON-LD search engines read. The script's text is only parsed as
 * JSON, never run. With several such scripts, the first that describes a film wins.
 */
export function filmFromInline(
  element: Element,
  { warn = () => {}, ...options }: AdaptOptions = {},
): FilmPatch | undefined {
  for (const child of element.children) {
    if (
      child.localName !== 'script' ||
      !TYPES.includes((child.getAttribute('type') ?? '').trim().toLowerCase())
    )
      continue;
    // The card's own JSON-LD output (the `json-ld` attribute) describes what it shows; read back, it would feed itself.
    if (child.hasAttribute(GENERATED_ATTRIBUTE)) continue;
    try {
      return adaptFilm(JSON.parse(child.textContent ?? ''), { warn, ...options });
    } catch (error) {
      warn(
        'inline JSON',
        `ignored: ${error instanceof SyntaxError ? 'not valid JSON' : (error as Error).message}`,
      );
    }
  }
  return undefined;
}
