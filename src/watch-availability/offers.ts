// Validation for every way offers arrive (property, JSON attribute, <watch-offer> children, a
// film's availability): whatever survives is safe to render as text, link or image source.
import type { Availability, Offer, OfferKind } from '../data/film.js';
import { parseDecimal } from '../data/parse.js';
import { safeUrl } from '../data/url.js';

/** Group order: what a viewer may already pay for first, then paying per film, then going out. */
export const kinds: readonly OfferKind[] = ['stream', 'free', 'ads', 'rent', 'buy', 'cinema'];

export type Warn = (message: string) => void;

type Fields = Record<string, unknown>;

const fields = (value: unknown) => (value && typeof value === 'object' ? value : {}) as Fields;

const text = (value: unknown, max: number) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim().slice(0, max) : '';

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Every warning names what was dropped, the value as given (shortened) and why. */
const drop = (warn: Warn, what: string, value: unknown, why: string) =>
  void warn(`dropped ${what} ${JSON.stringify(String(value).slice(0, 80))} (${why}).`);

/** Warnings about one offer or region say which one. */
const about = (warn: Warn, subject: string): Warn => (message) => warn(`${subject}: ${message}`);

function url(value: unknown, what: string, warn: Warn): string | undefined {
  const safe = safeUrl(value);
  if (!safe && given(value)) drop(warn, what, value, 'only http(s) URLs are allowed');
  return safe;
}

/** A list from a property or attribute; anything that is not an array is ignored with a warning. */
export function cleanList<T>(raw: unknown, clean: (item: unknown, warn: Warn) => T | undefined, what: string, warn: Warn): T[] {
  if (!given(raw)) return [];
  if (!Array.isArray(raw)) {
    drop(warn, what, typeof raw === 'string' ? raw : typeof raw, 'expected a JSON array');
    return [];
  }
  return raw.map((item) => clean(item, warn)).filter((item): item is T => item !== undefined);
}

export function cleanOffer(raw: unknown, warn: Warn): Offer | undefined {
  const o = fields(raw);
  const provider = text(o.provider, 80);
  const kind = text(o.kind, 20).toLowerCase() as OfferKind;
  if (!provider || !kinds.includes(kind)) {
    drop(warn, 'an offer', provider, provider ? `kind "${kind}" is not one of ${kinds.join(', ')}` : 'no provider name');
    return undefined;
  }
  warn = about(warn, `offer "${provider}"`);
  let price = parseDecimal(o.price);
  if (!(price! >= 0)) {
    if (given(o.price)) drop(warn, 'the price', o.price, 'not a number from 0 up');
    price = undefined;
  }
  let currency: string | undefined = text(o.currency, 8).toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    if (currency) drop(warn, 'the currency', currency, 'not an ISO 4217 code');
    currency = undefined;
  }
  return {
    provider,
    kind,
    href: url(o.href, 'the link', warn),
    logo: url(o.logo, 'the logo', warn),
    price,
    currency,
    quality: text(o.quality, 12) || undefined,
  };
}

export function cleanAvailability(raw: unknown, warn: Warn): Availability | undefined {
  const o = fields(raw);
  const region = text(o.region, 8).toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) {
    drop(warn, 'availability for the region', region, 'not an ISO 3166-1 alpha-2 code');
    return undefined;
  }
  warn = about(warn, `region ${region}`);
  const checked = typeof o.checkedAt === 'string' ? Date.parse(o.checkedAt) : NaN;
  if (isNaN(checked) && given(o.checkedAt)) drop(warn, 'checkedAt', o.checkedAt, 'not a date');
  const by = fields(o.attribution);
  const name = text(by.name, 80);
  return {
    region,
    offers: cleanList(o.offers, cleanOffer, 'offers', warn),
    checkedAt: isNaN(checked) ? undefined : new Date(checked).toISOString(),
    attribution: name ? { name, href: url(by.href, 'the attribution link', warn) } : undefined,
  };
}

export const offerAttributes = ['provider', 'kind', 'href', 'logo', 'price', 'currency', 'quality'];

/** The attributes of a `<watch-offer>`, unchecked, in the shape of an offer. */
export const readOffer = (el: Element): Fields =>
  Object.fromEntries(offerAttributes.map((name) => [name, el.getAttribute(name)]));
