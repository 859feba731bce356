// The one place warnings are de-duplicated: a bad attribute on a card that re-renders a thousand
// times still produces one line, not a flood.
const seen = new WeakMap<object, Set<string>>();

/** True the first time `key` comes for `subject`, false every time after. */
export function firstTime(subject: object, key: string): boolean {
  let keys = seen.get(subject);
  if (!keys) seen.set(subject, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

/**
 * Logs a console warning once per subject and `key` (by default the message itself; a field name
 * gives one warning per field, whatever its value).
 */
export function warnOnce(subject: object, message: string, key = message): void {
  if (firstTime(subject, key)) console.warn(`film-cards: ${message}`);
}
