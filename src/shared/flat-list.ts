import type { TemplateResult } from 'lit';
import { asTemplateStrings, html, isLiteral } from './html.js';

/**
 * An item's template, as written: `listItem\`<li>${0}</li>\`` keeps its strings for `flatList`,
 * which fills its slots (the values written in them here are placeholders).
 */
export const listItem = (strings: TemplateStringsArray, ..._slots: unknown[]): TemplateStringsArray =>
  strings;

/** The list alone, in no element of its own. */
const bare = listItem`${0}`;

/** The strings of n items in a row, made once per item, surrounding and length: Lit keys its templates by them. */
const rows = new WeakMap<TemplateStringsArray, Map<TemplateStringsArray, TemplateStringsArray[]>>();

/**
 * A list drawn as one template, where `items.map((item) => html\`…\`)` draws a template per item:
 * Lit then clones and walks one fragment for the whole list, and puts no marker comments between
 * items. A card draws a few short lists (its facts, its ratings), and a grid draws hundreds of
 * cards: each item drawn as a template of its own costs a clone, a walk and two more nodes. A list
 * of another length is another template, drawn afresh: for short lists redrawn whole, not for long
 * keyed ones.
 *
 * @param item The item's template strings, from `listItem`.
 * @param values Each item's values, in the order of the item's `${}` slots.
 * @param around What holds the list, from `listItem`: the list goes in its first slot
 * (`listItem\`<ul part="meta">${0}${0}</ul>\``), and is drawn in the same template, not one of
 * its own inside the holder's.
 * @param after The values of `around`'s other slots, in order.
 */
export function flatList(
  item: TemplateStringsArray,
  values: readonly (readonly unknown[])[],
  around: TemplateStringsArray = bare,
  ...after: unknown[]
): TemplateResult {
  // A row of the wrong length would shift every value after it into another item's slot.
  const slots = item.length - 1;
  const flat: unknown[] = [];
  for (const row of values) {
    if (row.length !== slots)
      throw new TypeError(`flatList: a row of ${row.length} values for ${slots} slots`);
    flat.push(...row);
  }
  if (around.length < 2) throw new TypeError('flatList: what holds the list has no slot for it');
  if (after.length !== around.length - 2)
    throw new TypeError(`flatList: ${after.length} values after the list for ${around.length - 2} slots`);
  flat.push(...after);
  let byAround = rows.get(item);
  if (!byAround) rows.set(item, (byAround = new Map<TemplateStringsArray, TemplateStringsArray[]>()));
  let byLength = byAround.get(around);
  if (!byLength) byAround.set(around, (byLength = []));
  return html((byLength[values.length] ??= joined(item, values.length, around)), ...flat);
}

function joined(
  item: TemplateStringsArray,
  count: number,
  around: TemplateStringsArray,
): TemplateStringsArray {
  if (!isLiteral(item) || !isLiteral(around))
    throw new TypeError('flatList: the item or what holds the list is not a template literal');
  const strings = [around[0]!];
  for (let i = 0; i < count; i++) {
    // Each item's first string continues the previous item's last.
    strings[strings.length - 1] += item[0]!;
    strings.push(...item.slice(1));
  }
  strings[strings.length - 1] += around[1]!;
  strings.push(...around.slice(2));
  return asTemplateStrings(strings);
}
