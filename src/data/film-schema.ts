// The validation rules of every field of a `Film`. The schema is typed against `Film`, so a field
// added to the model but not here fails to compile.
import { sourceScale, sourceScales } from '../rating-badge/sources.js';
import { drop, identifier, list, record, rule, text, within, type Check, type Context } from './check.js';
import type { Availability, Film, OfferKind } from './film.js';
import { languageTag, looksLikeLanguageTag } from './language-tag.js';
import { parseCount, parseDecimal } from './parse.js';
import { absent, code, minutes, own, regionCode } from './readers.js';
import { safeUrl } from './url.js';

const maxYear = new Date().getFullYear() + 10;
const regionExpected = 'a region code such as GB';

const url = rule((value, context: Context) => safeUrl(value, context.base), 'an http(s) URL');
const size = rule(within(1, 1e5, parseCount), 'a size in pixels');
const count = rule(parseCount, 'a count such as 1234');
const filmYear = within(1870, maxYear, Number);
const date = (keepTime?: boolean) =>
  rule((value) => {
    const m =
      typeof value === 'string' &&
      /^(\d{4})-(\d\d)-(\d\d)([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/i.exec(value.trim());
    const [written = '', year = '', month = '', date = '', time] = m || [];
    // Databases and SQL dumps put a space where ISO 8601 puts the T.
    const whole = written.replace(' ', 'T');
    const day = m && new Date(Date.UTC(+year, +month - 1, +date));
    // The day must exist (no 31 February, no month 13) and any time must be a real one (no 24:99).
    const real =
      day &&
      day.getUTCMonth() === +month - 1 &&
      day.getUTCDate() === +date &&
      filmYear(year) &&
      (time === undefined || !Number.isNaN(Date.parse(whole)));
    return real ? (keepTime ? whole : whole.slice(0, 10)) : undefined;
  }, `a date from 1870 to ${maxYear} such as 2018-09-14`);
const languageTagOrName = rule((name) => {
  // Text shaped like a code is a code, canonicalised, or nothing: never kept as a language's name.
  if (looksLikeLanguageTag((name as string).replace(/_/g, '-'))) return languageTag(name as string);
  return /^\p{L}[\p{L}\p{M} '().-]*$/u.test(name as string) ? name : undefined;
}, 'a language code such as ko, or a name');
const languageText = text(60);
const language: Check = (value, field, context) =>
  languageTagOrName(languageText(value, field, context), field, context);

const person = record({ name: text(200), character: text(200), href: url }, ['name'], 'name');

const score = record(
  {
    source: text(60),
    value: rule(within(0, 1e6, parseDecimal), 'a score such as 7.5'),
    scale: rule(within(1e-6, 1e6, parseDecimal), 'a positive number such as 10'),
    votes: count,
  },
  ['value'],
);
const rating: Check = (value, field, context) => {
  const found = score(value, field, context) as
    { source?: string; value: number; scale?: number } | undefined;
  // A scale that was given but unusable leaves the value meaningless (its warning is out already).
  if (!found || (found.scale === undefined && !absent(own(value, 'scale')))) return undefined;
  // Known sources are stored by id ("Rotten Tomatoes" → "rotten-tomatoes") and have a default scale.
  const id = found.source?.toLowerCase().replace(/\s+/g, '-') ?? '';
  const known = Object.hasOwn(sourceScales, id);
  if (known) found.source = id;
  const scale = (found.scale ??= sourceScale(id) ?? 10);
  return found.value <= scale
    ? found
    : drop(context, `${field}.value`, found.value, `above the scale, ${scale}`);
};

/**
 * Every kind of offer, in the order a viewer weighs them (and `<watch-availability>` groups them):
 * what they may already have, then paying per film, then going out.
 */
export const offerKinds: readonly OfferKind[] = ['stream', 'free', 'ads', 'rent', 'buy', 'cinema'];

const offer = record(
  {
    provider: text(100),
    kind: rule(
      (value) => {
        const kind = typeof value === 'string' ? value.trim().toLowerCase() : '';
        // A subscription by its plain name, or by TMDB's and JustWatch's ("flatrate").
        return offerKinds.includes(kind as OfferKind)
          ? kind
          : /^(subscription|flatrate)$/.test(kind)
            ? 'stream'
            : undefined;
      },
      `one of ${offerKinds.join(', ')}`,
    ),
    logo: url,
    href: url,
    price: rule(within(0, 1e9, parseDecimal), 'a price such as 3.99'),
    currency: rule(code(3), 'a currency code such as GBP'),
    quality: text(20),
  },
  ['provider', 'kind'],
);
export const offers: Check = list(offer, 100);

const region = record(
  {
    region: rule(regionCode, regionExpected),
    offers,
    checkedAt: date(true),
    attribution: record({ name: text(100), href: url }, ['name']),
  },
  ['region'],
);
const regions = list((value, field, context) => {
  const found = region(value, field, context) as Availability | undefined;
  if (found) found.offers ??= [];
  return found;
}, 250);
// An empty list is information: the film was looked up and is offered nowhere.
export const availability: Check = (value, field, context) =>
  Array.isArray(value) && !value.length ? [] : regions(value, field, context);
// The same for offers written by hand: `offers="none"` says the film streams nowhere.
const handwrittenOffers: Check = (value, field, context) =>
  Array.isArray(value) && !value.length ? [] : offers(value, field, context);

const certification = record({ region: rule(regionCode, regionExpected), rating: text(20) }, [
  'region',
  'rating',
]);

/** One check per field of `Film`: leaving a field out is a compile error. */
const filmSchema: { [Key in keyof Film]-?: Check } = {
  // Cut ids would make two films one on a watchlist: an id too long is dropped instead.
  id: identifier(100),
  title: text(300),
  originalTitle: text(300),
  year: rule(within(1870, maxYear, parseCount), `a year from 1870 to ${maxYear}`),
  releaseDate: date(),
  runtime: rule(within(1, 99_999, minutes), 'minutes, or a duration such as PT1H52M'),
  language,
  spokenLanguages: list(language, 20, true),
  genres: list(text(60), 20, true),
  synopsis: text(5000, true),
  poster: record({ src: url, alt: text(500), width: size, height: size }, [], 'src'),
  ratings: list(rating, 10),
  directors: list(person, 20),
  cast: list(person, 50),
  href: url,
  availability,
  offers: handwrittenOffers,
  certifications: list(certification, 250),
  trailer: url,
};

export const film: Check = record(filmSchema);
