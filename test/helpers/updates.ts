import type { LitElement } from 'lit';

/**
 * Counts an element's updates from now on: a test that an element draws once asserts on
 * `updates.count`. The count is taken at Lit's `update()`, which every update goes through.
 */
export function countUpdates(el: LitElement): { readonly count: number } {
  let count = 0;
  const target = el as unknown as { update(changed: unknown): void };
  const update = target.update.bind(el);
  target.update = (changed) => {
    count++;
    update(changed);
  };
  return {
    get count() {
      return count;
    },
  };
}
