// Readers shared by the adapters. JSON from services is loose: one value or a list, absent or null.

/** A list as it is, one value as a list of one, nothing as an empty list. */
export const many = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value == null ? [] : [value];

/** The first of a list, or the value itself. */
export const first = (value: unknown): unknown => many(value)[0];
