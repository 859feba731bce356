import { offerAttributes } from '../data/watch-offers.js';

/** The attributes of a `<watch-offer>`, unchecked, in the shape of an offer. */
export const readOffer = (el: Element): Record<string, string | null> =>
  Object.fromEntries(offerAttributes.map((name) => [name, el.getAttribute(name)]));
