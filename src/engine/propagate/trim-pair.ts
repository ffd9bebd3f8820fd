import { structuredPatch } from "diff";

/** Lines kept on each side of a changed line. */
const CONTEXT_LINES = 2;
/** Pairs whose sides are both at most this many lines long are shown whole. */
const WHOLE_UP_TO_LINES = 12;

/**
 * A long before/after pair cut to what changed: the block's header (its decorators or attributes
 * and its signature, up to the line that closes the parameter list), then each
 * run of changed lines with two lines of context on both sides; each run of left-out lines
 * becomes one `…` line, indented like the line after it. Both sides show the same stretches, so
 * the pair still reads as before and after. Short pairs, and pairs that do not differ, are kept whole.
 */
export function trimPair(before: string, after: string): { before: string; after: string } {
  const beforeLines = before.split("\n");
  const afterLines = after.split("\n");
  if (before === after || Math.max(beforeLines.length, afterLines.length) <= WHOLE_UP_TO_LINES) return { before, after };
  const hunks = structuredPatch("", "", `${before}\n`, `${after}\n`, "", "", { context: CONTEXT_LINES }).hunks;
  return {
    before: keepStretches(beforeLines, hunks.map((hunk) => ({ start: hunk.oldStart - 1, count: hunk.oldLines }))),
    after: keepStretches(afterLines, hunks.map((hunk) => ({ start: hunk.newStart - 1, count: hunk.newLines }))),
  };
}

/** The header lines, then the given stretches of lines (0-based, in order) with a `…` line for each gap. */
function keepStretches(lines: readonly string[], stretches: readonly { start: number; count: number }[]): string {
  let cursor = headerLength(lines);
  const kept = lines.slice(0, cursor);
  for (const { start, count } of stretches) {
    const from = Math.max(cursor, start);
    if (from > cursor) kept.push(elision(lines[from]));
    kept.push(...lines.slice(from, start + count));
    cursor = Math.max(cursor, start + count);
  }
  if (cursor < lines.length) kept.push(elision(lines[cursor]));
  return kept.join("\n");
}

/**
 * How many lines the block's header takes: decorator and attribute lines (`@…`, `[…]`), then the
 * signature up to the line where its brackets balance. At least one line, at most a quarter of the block.
 */
function headerLength(lines: readonly string[]): number {
  const limit = Math.max(1, Math.floor(lines.length / 4));
  let depth = 0;
  for (let index = 0; index < limit; index++) {
    const line = lines[index] ?? "";
    const annotation = depth === 0 && /^\s*[@[]/.test(line);
    for (const char of line) {
      if (char === "(" || char === "[") depth++;
      else if (char === ")" || char === "]") depth--;
    }
    if (!annotation && depth <= 0) return index + 1;
  }
  return limit;
}

function elision(nextLine: string | undefined): string {
  return `${/^[ \t]*/.exec(nextLine ?? "")?.[0] ?? ""}…`;
}
