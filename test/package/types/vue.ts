// The Vue typings (`film-cards/vue`): importing them registers every tag in Vue's GlobalComponents,
// which is what Vue's template type checker reads. Props are the elements' properties; handlers
// are spelled as Vue spells `@watchlist-add`.
import type { GlobalComponents } from 'vue';
import type {} from 'film-cards/vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: Props<'film-card'> = {
  filmTitle: 'Little Pyongyang',
  variant: 'compact',
  headingLevel: 2,
  onWatchlistAdd: (event) => event.detail.film.id,
};
export const offer: Props<'watch-offer'> = { provider: 'StreamFlix', kind: 'stream' };

// @ts-expect-error: `variant` is 'full' | 'compact' | 'poster'.
export const wide: Props<'film-card'> = { variant: 'wide' };
// @ts-expect-error: `headingLevel` is a number.
export const level: Props<'film-card'> = { headingLevel: 'three' };
