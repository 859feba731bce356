// The card maker's static HTML comes from the library's own server renderer, renderFilmCard(),
// which runs in a browser as it does in Node.js (the same bytes for the same film). Loading the
// renderer changes LitElement for its whole page, though: @lit-labs/ssr replaces
// LitElement.prototype.createRenderRoot with one that adopts no styles, so live cards in the same
// page would lose their styles. This page, loaded in a hidden frame, keeps it in a realm of its own.
import { renderFilmCard, type RenderFilmCardOptions } from '../../src/ssr/index.js';

export type RenderCard = (filmJson: string, optionsJson: string) => string;

declare global {
  interface Window {
    renderCard?: RenderCard;
  }
}

// JSON in and out: objects from another realm would fail the data layer's plain-object checks.
window.renderCard = (filmJson, optionsJson) =>
  renderFilmCard(JSON.parse(filmJson) as object, {
    ...(JSON.parse(optionsJson) as RenderFilmCardOptions),
    warn: () => {},
  });
window.parent.postMessage('film-cards-renderer-ready', window.location.origin);
