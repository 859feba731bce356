import type { CSSResult, LitElement } from 'lit';

/** The top-level rules of a defined element's styles, as the browser parsed them. */
export function elementRules(tag: string): CSSRule[] {
  const element = customElements.get(tag) as unknown as typeof LitElement;
  return element.elementStyles.flatMap((style) => [
    ...((style as CSSResult).styleSheet ?? (style as CSSStyleSheet)).cssRules,
  ]);
}
