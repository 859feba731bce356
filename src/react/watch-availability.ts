// `import { WatchAvailability } from 'film-cards/react/watch-availability.js'`: where to watch,
// alone. See index.ts.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { WatchAvailability as WatchAvailabilityElement } from '../watch-availability/define.js';
import { offerEvents, watchlistEvents } from './events.js';

export type { OfferSelectEvent, WatchlistEvent } from './events.js';

/** `<watch-availability>`: where to watch a film; `onOfferSelect` to route offer clicks yourself. */
export const WatchAvailability = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'watch-availability',
  elementClass: WatchAvailabilityElement,
  displayName: 'WatchAvailability',
  events: { ...watchlistEvents, ...offerEvents },
});
