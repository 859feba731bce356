// `import { RatingBadge } from 'film-cards/react/rating-badge.js'`: the badge alone, for an app
// that shows ratings and nothing else of a film. See index.ts.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { RatingBadge as RatingBadgeElement } from '../rating-badge/define.js';

/** `<rating-badge>`: a score on its scale, its votes and its source. */
export const RatingBadge = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'rating-badge',
  elementClass: RatingBadgeElement,
  displayName: 'RatingBadge',
});
