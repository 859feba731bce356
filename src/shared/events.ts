/**
 * Dispatches a CustomEvent that bubbles out of shadow roots, as every film-cards
 * event does. Returns false when a cancelable event was vetoed with preventDefault().
 */
export function emit<Detail>(
  target: EventTarget,
  type: string,
  detail: Detail,
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<Detail>(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}
