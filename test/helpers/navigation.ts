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
  window.addEventListener('click', listener);
  return {
    prevented,
    restore: () => window.removeEventListener('click', listener),
  };
}
