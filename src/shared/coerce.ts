import { absent, show } from '../data/readers.js';
import { warnOnce } from './warn.js';

/**
 * Properties can be set from code to anything at all. These read them without ever calling a
 * value's own methods, which throw for a Symbol or a null-prototype object.
 */

/** A number from a number or a numeric string; NaN for anything else. */
export const numberOf = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/** A whole number from `min` to `max`, or `fallback` when the value is not a number. */
export const wholeNumber = (value: unknown, min: number, max: number, fallback: number): number => {
  const number = Math.round(numberOf(value));
  return Number.isNaN(number) ? fallback : Math.min(max, Math.max(min, number));
};

/**
 * The converter for a reflected attribute that only ever writes strings: anything else (a Symbol or a
 * null-prototype object set from code, which would throw when written) removes the attribute.
 */
export const stringAttribute = {
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/**
 * A value as a warning quotes it (see `show`). NaN is an attribute's text that a number converter
 * could not read: it is quoted as written.
 */
export const quote = (element: Element, attribute: string, value: unknown): string =>
  show(Number.isNaN(value) ? (element.getAttribute(attribute) ?? value) : value);

/**
 * `value` when it is one of `allowed`; otherwise undefined (the caller's default), with one warning
 * for the element that names what the attribute takes.
 */
export function keyword<T extends string>(
  element: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (!absent(value))
    warnOnce(
      element,
      `<${element.localName}> ignored ${attribute}=${quote(element, attribute, value)}: it takes ${allowed.map((word) => `"${word}"`).join(', ')}.`,
      `attribute ${attribute}`,
    );
  return undefined;
}

/** `wholeNumber()`, with one warning for the element when the value given was not already in range. */
export function checkedWholeNumber(
  element: Element,
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  fallback: number,
): number {
  const number = wholeNumber(value, min, max, fallback);
  if (!absent(value) && number !== numberOf(value))
    warnOnce(
      element,
      `<${element.localName}> ${attribute}=${quote(element, attribute, value)} is not a whole number ${max === Infinity ? `from ${min}` : `${min} to ${max}`}: using ${number}.`,
      `attribute ${attribute}`,
    );
  return number;
}

/**
 * Says once that a boolean attribute written "false" is true: present is true in HTML, whatever its
 * value, and authors often expect the opposite.
 */
export function warnIfFalse(element: Element, attribute: string): void {
  if (element.getAttribute(attribute)?.trim().toLowerCase() === 'false')
    warnOnce(
      element,
      `<${element.localName}> ${attribute}="false" is true, as for every HTML boolean attribute: leave it out for false.`,
      `false ${attribute}`,
    );
}
