// `import { WatchlistButton } from 'film-cards/react/watchlist-button.js'`: the watchlist toggle
// alone. See index.ts.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { WatchlistButton as WatchlistButtonElement } from '../watchlist-button/define.js';
import { savingEvents } from './events.js';

export type { WatchlistErrorEvent, WatchlistEvent, WatchlistSavedEvent } from './events.js';

/** `<watchlist-button>`: the add/remove toggle; `onWatchlistAdd` and `onWatchlistRemove` may call `preventDefault()`; `onWatchlistError` hears of a change not saved yet, `onWatchlistSaved` of it saved at last. */
export const WatchlistButton = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'watchlist-button',
  elementClass: WatchlistButtonElement,
  displayName: 'WatchlistButton',
  events: savingEvents,
});
