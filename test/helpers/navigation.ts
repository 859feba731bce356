/**
 * Keeps the browser from following links during a test. It listens on the window, so it runs after
 * the element and any host have handled the click, and records whether they had prevented it.
 */
export function holdNavigation() {
  const prevented: boolean[] = [];
  const listener = (event: MouseEvent) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  // A middle click follows a link on `auxclick`.
  for (const type of ['click', 'auxclick'] as const) window.addEventListener(type, listener);
  return {
    prevented,
    restore: () => {
      for (const type of ['click', 'auxclick'] as const) window.removeEventListener(type, listener);
    },
  };
}
