import type { Edit, Point } from "web-tree-sitter";

/** Row and column (UTF-16 units, as tree-sitter's positions are for JavaScript strings) of `index` in `text`. */
function pointAt(text: string, index: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let newline = text.indexOf("\n"); newline !== -1 && newline < index; newline = text.indexOf("\n", newline + 1)) {
    row += 1;
    lineStart = newline + 1;
  }
  return { row, column: index - lineStart };
}

/**
 * The one edit that turns `before` into `after`: the text between their common prefix and their
 * common suffix is replaced. Undefined when the texts are equal.
 */
export function textEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
  const startPosition = pointAt(before, prefix);
  const oldEndIndex = before.length - suffix;
  const newEndIndex = after.length - suffix;
  return {
    startIndex: prefix,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition: pointAt(before, oldEndIndex),
    newEndPosition: pointAt(after, newEndIndex),
  };
}
