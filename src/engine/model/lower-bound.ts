/** The first index in `[0, length)` whose key is at least `target`, keys ascending; `length` when none is. */
export function lowerBound(length: number, keyAt: (index: number) => number, target: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyAt(middle) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
