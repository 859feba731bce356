// Every way in ends here: untrusted values become validated film fields. Whatever cannot be used
// is dropped with one warning naming the field; nothing here throws, and every object returned is
// built fresh from a fixed list of keys, so `__proto__` or `constructor` in the input go nowhere.
import { sourceScales } from '../rating-badge/sources.js';
import type { Availability, Film, Offer, OfferKind, Poster } from './film.js';
import { mergeFilm } from './merge.js';
import { parseCount, parseDecimal } from './parse.js';
import { safeUrl } from './url.js';

/** Receives one problem: the field it concerns (`year`, `ratings.value`, ...) and what was done about it. */
export type Warn = (field: string, message: string) => void;

/** Some fields of a film, as one source knows them. Layers of these merge into one `Film`. */
export type FilmPatch = Omit<Partial<Film>, 'poster'> & { poster?: Partial<Poster> };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an own property only: a key inherited from a (possibly polluted) prototype is never trusted. */
export const own = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/** Missing: undefined, null or an empty string. Missing fields are skipped without a warning. */
export const absent = (value: unknown): boolean => value == null || value === '';

/** `letters` capital letters, from any case: an ISO 3166-1 region (`GB`), an ISO 4217 currency (`GBP`). */
const code = (letters: number) => (value: unknown) =>
  typeof value === 'string' && new RegExp(`^\\s*[a-z]{${letters}}\\s*$`, 'i').test(value)
    ? value.trim().toUpperCase()
    : undefined;

/** Two capital letters (an ISO 3166-1 region such as `GB`), from any case. */
export const regionCode: (value: unknown) => string | undefined = code(2);

/** A value as a warning quotes it: short, and never through the value's own methods. */
export const show = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number'
    ? JSON.stringify(String(value).slice(0, 40))
    : `a ${typeof value}`;

/**
 * What one validation needs besides the value. Each exported call makes its own, rather than
 * setting shared variables, so a `warn` that validates again (a warning that re-renders an
 * element, say) cannot make the outer call warn through the inner one's callback or base.
 */
interface Context {
  /** Reports a problem, once per field per call. */
  say: Warn;
  /** What relative URLs resolve against; the page when undefined. */
  base?: string;
}

// Checks validate one value: missing gives undefined quietly; present but unusable gives
// undefined and a warning.
type Check = (value: unknown, field: string, context: Context) => unknown;

const maxYear = new Date().getFullYear() + 10;
const drop = (context: Context, field: string, value: unknown, reason = 'invalid'): undefined =>
  void context.say(field, `ignored ${show(value)} (${reason})`);
const rule =
  (parse: (value: unknown, context: Context) => unknown): Check =>
  (value, field, context) =>
    absent(value) ? undefined : (parse(value, context) ?? drop(context, field, value));
const within =
  (min: number, max: number, parse: (value: unknown) => number | undefined) => (value: unknown) => {
    const number = parse(value);
    return number! >= min && number! <= max ? number : undefined;
  };

/** Trimmed, without control characters, on one line unless `multiline`, and at most `cap` long (cut with "…"). */
const text =
  (cap: number, multiline?: boolean): Check =>
  (value, field, context) => {
    if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
    if (typeof value !== 'string') return absent(value) ? undefined : drop(context, field, value);
    let result = value.replace(/\r\n?/g, '\n').replace(/[\0-\x08\x0b-\x1f\x7f-\x9f]/g, '');
    result = (
      multiline ? result.replace(/[^\S\n]+/g, ' ').replace(/\n{3,}/g, '\n\n') : result.replace(/\s+/g, ' ')
    ).trim();
    if (result.length > cap) {
      context.say(field, `shortened to ${cap} characters`);
      result = `${result.slice(0, cap - 1).replace(/[\ud800-\udbff]$/, '')}…`;
    }
    return result || undefined;
  };

/** The first `cap` valid items of a list; `split` also takes one comma-separated string. */
const list =
  (each: Check, cap: number, split?: boolean): Check =>
  (value, field, context) => {
    if (absent(value)) return undefined;
    const items: unknown[] = Array.isArray(value)
      ? value
      : split && typeof value === 'string'
        ? value.split(',')
        : [value];
    if (items.length > cap) context.say(field, `kept the first ${cap} of ${items.length}`);
    const kept = items
      .slice(0, cap)
      .map((item) => each(item, field, context))
      .filter((item) => item !== undefined);
    return kept.length ? kept : undefined;
  };

/**
 * A fresh object with the keys of `spec` that are valid; undefined without its `required` keys or
 * without any valid key. A string stands for an object whose `shorthand` key it is (a poster's
 * src, a person's name).
 */
const record =
  (spec: Record<string, Check>, required: string[] = [], shorthand?: string): Check =>
  (value, field, context) => {
    if (shorthand && typeof value === 'string') value = { [shorthand]: value };
    if (!isRecord(value)) return absent(value) ? undefined : drop(context, field, value);
    const result: Record<string, unknown> = {};
    const unreadable = new Set<string>();
    for (const key of Object.keys(spec)) {
      const path = field ? `${field}.${key}` : key;
      try {
        const valid = spec[key](own(value, key), path, context);
        if (valid !== undefined) result[key] = valid;
      } catch {
        // A value that throws when read (a getter, a Symbol, a null-prototype object set from code)
        // costs its own field, never the whole film.
        unreadable.add(key);
        context.say(path, 'ignored a value that cannot be read');
      }
    }
    const missing = required.filter((key) => !Object.hasOwn(result, key));
    // A required key that was present but invalid has had its warning already.
    const unexplained = missing.some((key) => !unreadable.has(key) && absent(own(value, key)));
    if (missing.length)
      return unexplained ? drop(context, field, value, `needs ${missing.join(' and ')}`) : undefined;
    return Object.keys(result).length ? result : undefined;
  };

const url = rule((value, context) => safeUrl(value, context.base));
const size = rule(within(1, 1e5, parseCount));
const count = rule(parseCount);
const date = (keepTime?: boolean) =>
  rule((value) => {
    const m =
      typeof value === 'string' &&
      /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/i.exec(value.trim());
    const day = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    // The day must exist (no 31 February) and any time must be a real one (no 24:99).
    const real =
      day &&
      day.getUTCDate() === +m[3] &&
      within(1870, maxYear, Number)(m[1]) &&
      !Number.isNaN(Date.parse(m[0]));
    return real ? (keepTime ? m[0] : m[0].slice(0, 10)) : undefined;
  });
const languageTagOrName = rule((name) => {
  if (/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(name as string)) {
    try {
      return Intl.getCanonicalLocales(name as string)[0];
    } catch {
      return undefined;
    }
  }
  return /^\p{L}[\p{L}\p{M} '().-]*$/u.test(name as string) ? name : undefined;
});
const language: Check = (value, field, context) =>
  languageTagOrName(text(60)(value, field, context), field, context);

const person = record({ name: text(200), character: text(200), href: url }, ['name'], 'name');

const score = record(
  {
    source: text(60),
    value: rule(within(0, 1e6, parseDecimal)),
    scale: rule(within(1e-6, 1e6, parseDecimal)),
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
  const scale = (found.scale ??= known ? sourceScales[id] : 10);
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
    kind: rule((value) => {
      const kind = typeof value === 'string' ? value.trim().toLowerCase() : '';
      // A subscription by its plain name, or by TMDB's and JustWatch's ("flatrate").
      return offerKinds.includes(kind as OfferKind)
        ? kind
        : /^(subscription|flatrate)$/.test(kind)
          ? 'stream'
          : undefined;
    }),
    logo: url,
    href: url,
    price: rule(within(0, 1e9, parseDecimal)),
    currency: rule(code(3)),
    quality: text(20),
  },
  ['provider', 'kind'],
);
const offers = list(offer, 100);

const region = record(
  {
    region: rule(regionCode),
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
const availability: Check = (value, field, context) =>
  Array.isArray(value) && !value.length ? [] : regions(value, field, context);

const film = record({
  id: text(100),
  title: text(300),
  originalTitle: text(300),
  year: rule(within(1870, maxYear, parseCount)),
  releaseDate: date(),
  runtime: rule(within(1, 99_999, minutes)),
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
});

/**
 * Runs a check on untrusted input with a context of its own, and never throws. `field` names the
 * input in warnings; a film's is '', so that its fields go by their own names (`title`).
 */
function validate(check: Check, input: unknown, field: string, warn: Warn, base?: string): unknown {
  const warned = new Set<string>();
  const say: Warn = (name, message) => {
    if (warned.has(name)) return;
    warned.add(name);
    warn(name, message);
  };
  const context: Context = { say, base };
  try {
    return check(input, field, context);
  } catch {
    // A getter or proxy that throws: only code can hand us one, never JSON.
    return drop(context, field || 'film', input, 'unreadable');
  }
}

/**
 * Validates every field of an object in the `Film` shape and returns the usable ones.
 *
 * - Text is trimmed, stripped of control characters and cut (with "…") at: `id` 100 characters,
 *   `title`/`originalTitle` 300, `synopsis` 5,000 (keeps line breaks), poster alt 500, names and
 *   characters 200, provider and attribution names 100, language names and genres 60, quality 20.
 * - Lists keep their first 20 genres, 20 spoken languages, 10 ratings, 20 directors, 50 cast, 250
 *   regions and 100 offers per region; genres and languages may be one comma-separated string.
 * - `year` from 1870 to ten years from now (taken from `releaseDate` when missing); `releaseDate` is
 *   an ISO date (a full date-time keeps its date); an availability's `checkedAt` is an ISO date or
 *   date-time, kept as given; `runtime` is minutes: a number, "24", "24 min", "1h 52m" or ISO 8601
 *   "PT1H52M".
 * - `language` is a BCP 47 code (canonicalised: "KO" → "ko") or a language's name.
 * - URLs must be http(s) or relative to `base` (the page by default); `javascript:` and the like are dropped.
 * - A rating needs 0 ≤ value ≤ scale and a positive scale (default: the source's, else 10); an
 *   offer needs a provider and a kind (one of `offerKinds`; "subscription" and "flatrate" mean
 *   `stream`); a currency is an ISO 4217 code and a region an ISO 3166-1 alpha-2 code, uppercased.
 *
 * Unknown fields are ignored; each problem is reported once per field through `warn`.
 */
export function normalizeFields(input: unknown, warn: Warn, base?: string): FilmPatch {
  const result = validate(film, input, '', warn, base) as FilmPatch | undefined;
  if (!result) return {};
  if (result.year === undefined && result.releaseDate) result.year = +result.releaseDate.slice(0, 4);
  if (result.originalTitle === result.title) delete result.originalTitle;
  return result;
}

/**
 * Validates a list of offers by the rules for a film's offers (see `normalizeFields`): the usable
 * ones, at most 100. Warnings name `field` (`offers.price`, ...). URLs resolve against the page.
 */
export function normalizeOffers(input: unknown, warn: Warn, field = 'offers'): Offer[] {
  return (validate(offers, input, field, warn) as Offer[] | undefined) ?? [];
}

/** Validates a film's `availability`, offers per region, by the rules of `normalizeFields`. URLs resolve against the page. */
export function normalizeAvailability(input: unknown, warn: Warn): Availability[] {
  return (validate(availability, input, 'availability', warn) as Availability[] | undefined) ?? [];
}

/**
 * Validates a complete film (see `normalizeFields` for the rules). A film needs a title: without a
 * usable one the result is undefined.
 */
export function normalizeFilm(input: unknown, warn: Warn, base?: string): Film | undefined {
  return (
    mergeFilm([normalizeFields(input, warn, base)]) ??
    void warn('title', 'a film needs a title; nothing to show')
  );
}

/** Minutes from 112, "112", "112 min", "1h 52m", "1 hour 52 minutes" or ISO 8601 "PT1H52M". */
function minutes(value: unknown): number | undefined {
  if (typeof value === 'number') return Math.round(value);
  if (typeof value !== 'string') return undefined;
  const m =
    /^(?:pt)?(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*(?:m(?:in(?:ute)?s?)?)?)?\s*(?:(\d+)\s*s)?$/i.exec(
      value.trim(),
    );
  return m?.[0] ? Math.round(+(m[1] ?? 0) * 60 + +(m[2] ?? 0) + +(m[3] ?? 0) / 60) : undefined;
}
