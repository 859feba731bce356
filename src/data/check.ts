// A small generic checker: checks validate one untrusted value each, and compose into lists and
// records. Whatever cannot be used is dropped with one warning naming the field; nothing here
// throws, and every object returned is built fresh from a fixed list of keys, so `__proto__` or
// `constructor` in the input go nowhere.
import { firstTime } from '../shared/warn.js';
import type { Warn } from './patch.js';
import { absent, isRecord, own, show } from './readers.js';

/**
 * What one validation needs besides the value. Each call of `validate` makes its own, rather than
 * setting shared variables, so a `warn` that validates again (a warning that re-renders an
 * element, say) cannot make the outer call warn through the inner one's callback or base.
 */
export interface Context {
  /** Reports a problem, once per field per call. */
  say: Warn;
  /** What relative URLs resolve against; the page when undefined. */
  base?: string;
}

/** Validates one value: missing gives undefined quietly; present but unusable gives undefined and a warning. */
export type Check = (value: unknown, field: string, context: Context) => unknown;

/** Reports a dropped value, and why (what the field takes), and gives undefined. */
export const drop = (context: Context, field: string, value: unknown, reason: string): undefined =>
  void context.say(field, `ignored ${show(value)} (${reason})`);

/**
 * A check from a parser that gives undefined for what it cannot read; `expected` says what it
 * reads, for the warning ("not a year from 1870 to 2036").
 */
export const rule =
  (parse: (value: unknown, context: Context) => unknown, expected: string): Check =>
  (value, field, context) =>
    absent(value) ? undefined : (parse(value, context) ?? drop(context, field, value, `not ${expected}`));

/** A parser of numbers that keeps only those from `min` to `max`. */
export const within =
  (min: number, max: number, parse: (value: unknown) => number | undefined) => (value: unknown) => {
    const number = parse(value);
    return number! >= min && number! <= max ? number : undefined;
  };

// What `text` would change, found in one pass: most text (every title in a grid of cards) has
// nothing to clean, and is kept as it is. On one line: a control character, any white space but a
// single space inside. With line breaks: a control character but the line break, white space but
// a space or a line break, two spaces, three line breaks, white space at either end.
const uncleanLine = /[\0-\x1f\x7f-\x9f]|[^\S ]| {2}|^ | $/;
const uncleanLines = /[\0-\x09\x0b-\x1f\x7f-\x9f]|[^\S \n]| {2}|\n{3}|^\s|\s$/;

/** Trimmed, without control characters, on one line unless `multiline`, and at most `cap` long (cut with "…"). */
export const text =
  (cap: number, multiline?: boolean): Check =>
  (value, field, context) => {
    if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
    if (typeof value !== 'string') return absent(value) ? undefined : drop(context, field, value, 'not text');
    let result = value;
    if ((multiline ? uncleanLines : uncleanLine).test(value)) {
      result = value.replace(/\r\n?/g, '\n').replace(/[\0-\x08\x0b-\x1f\x7f-\x9f]/g, '');
      result = (
        multiline ? result.replace(/[^\S\n]+/g, ' ').replace(/\n{3,}/g, '\n\n') : result.replace(/\s+/g, ' ')
      ).trim();
    }
    if (result.length > cap) {
      context.say(field, `shortened to ${cap} characters`);
      result = `${result.slice(0, cap - 1).replace(/[\ud800-\udbff]$/, '')}…`;
    }
    return result || undefined;
  };

/** Like `text`, but a value longer than `cap` is dropped whole rather than cut: cut identifiers would collide. */
export const identifier = (cap: number): Check => {
  const whole = text(Infinity);
  return (value, field, context) => {
    const kept = whole(value, field, context) as string | undefined;
    return kept !== undefined && kept.length > cap
      ? drop(context, field, value, `longer than ${cap} characters`)
      : kept;
  };
};

/** The first `cap` valid items of a list; `split` also takes one comma-separated string. */
export const list =
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
export const record = (spec: Record<string, Check>, required: string[] = [], shorthand?: string): Check => {
  const checks = Object.entries(spec);
  return (value, field, context) => {
    if (shorthand && typeof value === 'string') value = { [shorthand]: value };
    if (!isRecord(value)) return absent(value) ? undefined : drop(context, field, value, 'not an object');
    const result: Record<string, unknown> = {};
    let kept = 0;
    let unreadable: Set<string> | undefined;
    for (const [key, check] of checks) {
      const path = field ? `${field}.${key}` : key;
      try {
        const valid = check(own(value, key), path, context);
        if (valid !== undefined) {
          result[key] = valid;
          kept++;
        }
      } catch {
        // A value that throws when read (a getter, a Symbol, a null-prototype object set from code)
        // costs its own field, never the whole film.
        (unreadable ??= new Set()).add(key);
        context.say(path, 'ignored a value that cannot be read');
      }
    }
    const missing = required.filter((key) => !Object.hasOwn(result, key));
    // A required key that was present but invalid has had its warning already.
    const unexplained = missing.some((key) => !unreadable?.has(key) && absent(own(value, key)));
    if (missing.length)
      return unexplained ? drop(context, field, value, `needs ${missing.join(' and ')}`) : undefined;
    return kept ? result : undefined;
  };
};

/**
 * Runs a check on untrusted input with a context of its own, and never throws. `field` names the
 * input in warnings; a film's is '', so that its fields go by their own names (`title`).
 */
export function validate(check: Check, input: unknown, field: string, warn: Warn, base?: string): unknown {
  const once = {};
  const say: Warn = (name, message) => {
    if (firstTime(once, name)) warn(name, message);
  };
  const context: Context = { say, base };
  try {
    return check(input, field, context);
  } catch {
    // A getter or proxy that throws: only code can hand us one, never JSON.
    return drop(context, field || 'film', input, 'unreadable');
  }
}
