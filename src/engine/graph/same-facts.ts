import type { FileFacts } from "./facts.js";

/** Deep equality of plain fact values, `line` properties aside (an edit above a fact moves it without changing it). */
function sameIgnoringLines(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameIgnoringLines(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => key !== "line" && left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => key !== "line" && right[key] !== undefined).length) return false;
  return keys.every((key) => sameIgnoringLines(left[key], right[key]));
}

/**
 * True when two versions of a file's facts give every class of the repository the same bases and
 * members: same classes, imports, module values and exports, lines aside.
 */
export function sameHierarchyFacts(before: FileFacts | undefined, after: FileFacts | undefined): boolean {
  if (!before || !after) return before === after;
  return (
    before.explicitExports === after.explicitExports &&
    sameIgnoringLines(before.classes, after.classes) &&
    sameIgnoringLines(before.imports, after.imports) &&
    sameIgnoringLines(before.values, after.values) &&
    sameIgnoringLines(before.exports, after.exports)
  );
}
