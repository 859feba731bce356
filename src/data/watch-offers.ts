// Offers written by hand as `<watch-offer>` children. They are validated like every other offer
// (see `normalizeOffers`); only reading them is particular to the element.

/** The attributes of `<watch-offer>`: an offer's fields, by the same names (and what a card watches for changes). */
export const offerAttributes = ['provider', 'kind', 'href', 'logo', 'price', 'currency', 'quality'];

/** The attributes of a `<watch-offer>`, unchecked, in the shape of an offer. */
export const readOffer = (el: Element): Record<string, string | null> =>
  Object.fromEntries(offerAttributes.map((name) => [name, el.getAttribute(name)]));
