// Servers have no HTMLElement; there the class only has to exist, as it renders nothing.
const HTMLElement = globalThis.HTMLElement ?? (class {} as typeof globalThis.HTMLElement);

/**
 * @tagname watch-offer
 * @summary One offer written by hand inside `<watch-availability>`: its attributes are the offer.
 *
 * It shows nothing itself; `<watch-availability>` reads its attributes, validates them like any
 * other offer and follows later changes. Content inside it (a plain link, say) is a fallback for
 * readers without scripts, such as feed readers.
 *
 * @attr {string} provider - The provider's name, shown as text and as the logo's alt text. Required.
 * @attr {'stream' | 'free' | 'ads' | 'rent' | 'buy' | 'cinema'} kind - How the offer lets you watch, in any case; `subscription` and `flatrate` mean `stream`. Required.
 * @attr {string} href - An http(s) link where the film can be watched.
 * @attr {string} logo - An http(s) URL of the provider's logo.
 * @attr {string} price - The price for rent and buy offers, in `currency` ("3.99" or "3,99").
 * @attr {string} currency - An ISO 4217 code such as `GBP`.
 * @attr {string} quality - Picture quality such as `SD`, `HD` or `4K`.
 */
// A plain element, not Lit: it has nothing to render, and costs almost nothing in the bundle.
export class WatchOffer extends HTMLElement {}
