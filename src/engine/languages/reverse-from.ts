/**
 * Reverses `items[first..]` in place. Walkers keep their work list as a stack: a handler pushes the
 * nodes it visits in source order, which are then reversed so that they are popped in source order.
 */
export function reverseFrom<T>(items: T[], first: number): void {
  for (let low = first, high = items.length - 1; low < high; low++, high--) {
    const swap = items[low] as T;
    items[low] = items[high] as T;
    items[high] = swap;
  }
}
