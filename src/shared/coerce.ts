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
