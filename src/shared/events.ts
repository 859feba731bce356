/**
 * A deep copy of `value`, frozen: what a listener receives can neither change the sender nor be
 * changed. Plain data is copied (objects, arrays, primitives); functions are left out, and nesting
 * deeper than any event detail has is cut, so an odd value set from code can never make it throw.
 */
export function frozenCopy<T>(value: T): T {
  return copy(value, 0) as T;
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value === 'function') return undefined;
  if (!value || typeof value !== 'object') return value;
  if (depth > 32) return undefined;
  const out: unknown = Array.isArray(value)
    ? value.map((item) => copy(item, depth + 1))
    : Object.fromEntries(
        Object.keys(value).map((key) => [key, copy((value as Record<string, unknown>)[key], depth + 1)]),
      );
  return Object.freeze(out);
}

/**
 * Dispatches a CustomEvent that bubbles out of shadow roots, as every film-cards event does. The
 * detail is a frozen copy: a listener that edits it gets a TypeError, and the element's own state
 * is untouched either way. Returns false when a cancelable event was vetoed with preventDefault().
 */
export function emit<Detail>(
  target: EventTarget,
  type: string,
  detail: Detail,
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<Detail>(type, { detail: frozenCopy(detail), bubbles: true, composed: true, cancelable }),
  );
}
