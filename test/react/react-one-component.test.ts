// One React component by its own entry, as an app that shows only ratings imports it: the page gets
// that element and not the card's whole set.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { RatingBadge } from '../../src/react/rating-badge.js';

describe('film-cards/react/rating-badge.js', () => {
  it('defines <rating-badge> and renders it, without defining the other elements', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    root.render(createElement(RatingBadge, { value: 7.5, votes: 39, source: 'imdb' }));
    await waitUntil(
      () => host.querySelector('rating-badge')?.shadowRoot?.textContent?.includes('7.5'),
      'no badge',
    );
    const defined = [
      'film-card',
      'watch-availability',
      'watch-offer',
      'watchlist-button',
      'rating-badge',
    ].filter((tag) => customElements.get(tag));
    root.unmount();
    host.remove();
    expect(defined).to.deep.equal(['rating-badge']);
  });
});
