import type { Point } from "web-tree-sitter";

/** The offset where each line of `text` starts (tree-sitter counts rows by "\n" alone). */
export function lineStartsOf(text: string): Uint32Array {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return Uint32Array.from(starts);
}

/** The 0-based row of `offset`, searching `lineStarts` from row `from` on. */
export function rowAt(lineStarts: Uint32Array, offset: number, from = 0): number {
  let low = from;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Row and column (UTF-16 units, as tree-sitter's positions are for JavaScript strings) of `offset`. */
export function pointIn(lineStarts: Uint32Array, offset: number): Point {
  const row = rowAt(lineStarts, offset);
  return { row, column: offset - (lineStarts[row] as number) };
}
