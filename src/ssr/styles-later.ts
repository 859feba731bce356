import { stylesDrawnLater } from '../film-card/film-card.styles.js';

/** The rules of where to watch and of the watchlist button: the last of the card's styles. */
const laterRules = stylesDrawnLater.map((style) => style.cssText).join('');

/**
 * What they style comes first: where to watch, or the actions row (the button) without it, with
 * the markers Lit writes before it. The rules go before those markers: Lit's hydration takes the
 * element right after a `lit-node` marker for the one whose attributes it binds.
 */
const firstStyled = /(?:<!--lit-(?:part|node)[^>]*-->)*<div part="(?:availability|actions)"/;

/**
 * A server-rendered card with the rules of where to watch and of its watchlist button moved from
 * its one stylesheet, at the start of its shadow root, to just before what they style. The title
 * then follows the card's own rules alone: on a slow network, 1.5 KB sooner. The rules keep their
 * place in the cascade, last, so the card looks the same. Once hydrated, the card adopts all its
 * rules (see FilmCard.createRenderRoot): a redraw that replaces the block takes this style with it.
 */
export function writeStylesLater(card: string): string {
  const end = `${laterRules}</style>`;
  const at = card.indexOf(end);
  if (at < 0) return card;
  const rest = card.slice(at + end.length);
  const before = firstStyled.exec(rest)?.index;
  if (before === undefined) return card;
  return `${card.slice(0, at)}</style>${rest.slice(0, before)}<style>${laterRules}</style>${rest.slice(before)}`;
}
