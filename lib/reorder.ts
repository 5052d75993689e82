export type Direction = 'up' | 'down';

/**
 * The ids in their new order after moving `id` one place up or down. Moving the first item up or the
 * last one down, or an id not in the list, leaves the order as it was.
 */
export function moveOnePlace(ids: readonly number[], id: number, direction: Direction): number[] {
  const order = [...ids];
  const from = order.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= order.length) return order;
  [order[from], order[to]] = [order[to], order[from]];
  return order;
}
