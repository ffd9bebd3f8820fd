/** Lines kept around a change in a long before/after pair. */
const CONTEXT_LINES = 3;
/** Pairs whose sides are both at most this many lines long are shown whole. */
const WHOLE_UP_TO_LINES = 24;

/**
 * A long before/after pair cut to what changed: the first line (the block's header), then the
 * changed lines with a few lines of context; each run of left-out lines becomes one `…` line,
 * indented like the line after it. Short pairs, and pairs that do not differ, are kept whole.
 */
export function trimPair(before: string, after: string): { before: string; after: string } {
  const beforeLines = before.split("\n");
  const afterLines = after.split("\n");
  if (before === after || Math.max(beforeLines.length, afterLines.length) <= WHOLE_UP_TO_LINES) return { before, after };
  let prefix = 0;
  while (prefix < Math.min(beforeLines.length, afterLines.length) && beforeLines[prefix] === afterLines[prefix]) prefix++;
  let suffix = 0;
  while (suffix < Math.min(beforeLines.length, afterLines.length) - prefix && beforeLines[beforeLines.length - 1 - suffix] === afterLines[afterLines.length - 1 - suffix]) suffix++;
  return { before: keepAround(beforeLines, prefix, suffix), after: keepAround(afterLines, prefix, suffix) };
}

function keepAround(lines: readonly string[], prefix: number, suffix: number): string {
  const from = Math.max(1, prefix - CONTEXT_LINES);
  const to = Math.min(lines.length, lines.length - suffix + CONTEXT_LINES);
  const kept = [lines[0] ?? ""];
  if (from > 1) kept.push(elision(lines[from]));
  kept.push(...lines.slice(from, to));
  if (to < lines.length) kept.push(elision(lines[to - 1]));
  return kept.join("\n");
}

function elision(nextLine: string | undefined): string {
  return `${/^[ \t]*/.exec(nextLine ?? "")?.[0] ?? ""}…`;
}
