import type { Edit, Point } from "web-tree-sitter";

/** The one stretch that differs between two versions of a text: `[start, oldEnd)` of the old one became `[start, newEnd)`. */
export interface ChangedRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

const CHUNK = 512;

/** Length of the common prefix, compared a chunk at a time (string comparison runs natively), then char by char. */
function commonPrefix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + CHUNK <= limit && a.slice(length, length + CHUNK) === b.slice(length, length + CHUNK)) length += CHUNK;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

/** Length of the common suffix, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + CHUNK <= limit && a.slice(a.length - length - CHUNK, a.length - length) === b.slice(b.length - length - CHUNK, b.length - length)) length += CHUNK;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length += 1;
  return length;
}

/** The text between the common prefix and the common suffix of two texts; undefined when they are equal. */
export function changedRange(before: string, after: string): ChangedRange | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  const prefix = commonPrefix(before, after, shorter);
  const suffix = commonSuffix(before, after, shorter - prefix);
  return { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

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
  const range = changedRange(before, after);
  if (!range) return undefined;
  return {
    startIndex: range.start,
    oldEndIndex: range.oldEnd,
    newEndIndex: range.newEnd,
    startPosition: pointAt(before, range.start),
    oldEndPosition: pointAt(before, range.oldEnd),
    newEndPosition: pointAt(after, range.newEnd),
  };
}

/**
 * How far a stretch `[start, end)` of the new text moved from where it was in the old one: 0 when it
 * lies before the change, the change's growth when it lies after it; undefined when it overlaps it.
 */
export function movedBy(range: ChangedRange, start: number, end: number): number | undefined {
  if (end <= range.start) return 0;
  return start >= range.newEnd ? range.newEnd - range.oldEnd : undefined;
}
