const warned = new WeakMap<object, Set<string>>();

/**
 * Logs a console warning once per subject and message, so a bad attribute on a
 * card that re-renders a thousand times still produces one line, not a flood.
 */
export function warnOnce(subject: object, message: string): void {
  let messages = warned.get(subject);
  if (!messages) warned.set(subject, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`film-cards: ${message}`);
}
