import type { Diagnostic } from "../ports.js";
import type { DiagnosticInBlock } from "./diagnostic-in-block.js";

type Compatible = (now: DiagnosticInBlock, before: DiagnosticInBlock) => boolean;

/**
 * The entries of `current` that the same oracle did not already report in `baseline` (its run before
 * the change), in `current`'s order. Edits move lines, so entries with the same file, code and
 * message are the same diagnostic: per such key, current entries pair with baseline entries inside
 * the same block first, then anywhere in the file, nearest line first. Only unpaired entries are new
 * (README.md explains the rule).
 */
export function newDiagnostics<T extends DiagnosticInBlock>(baseline: readonly DiagnosticInBlock[], current: readonly T[]): T[] {
  const baselineByKey = groupByKey(baseline);
  const paired = { now: new Set<DiagnosticInBlock>(), before: new Set<DiagnosticInBlock>() };
  for (const [key, group] of groupByKey(current)) {
    const before = baselineByKey.get(key) ?? [];
    pairNearest({ now: group, before, compatible: sameBlock, paired });
    pairNearest({ now: group, before, compatible: () => true, paired });
  }
  return current.filter((entry) => !paired.now.has(entry));
}

/** Pairs compatible entries of the two sides, nearest lines first, each entry at most once. */
function pairNearest(params: {
  now: readonly DiagnosticInBlock[];
  before: readonly DiagnosticInBlock[];
  compatible: Compatible;
  paired: { now: Set<DiagnosticInBlock>; before: Set<DiagnosticInBlock> };
}): void {
  const { now, before, compatible, paired } = params;
  const candidates = now
    .flatMap((a) => before.map((b) => ({ a, b })))
    .filter(({ a, b }) => compatible(a, b))
    .sort((x, y) => lineDistance(x.a, x.b) - lineDistance(y.a, y.b));
  for (const { a, b } of candidates) {
    if (paired.now.has(a) || paired.before.has(b)) continue;
    paired.now.add(a);
    paired.before.add(b);
  }
}

function sameBlock(now: DiagnosticInBlock, before: DiagnosticInBlock): boolean {
  return now.block !== undefined && before.block !== undefined && now.block.id === before.block.id;
}

function lineDistance(now: DiagnosticInBlock, before: DiagnosticInBlock): number {
  return Math.abs(now.diagnostic.line - before.diagnostic.line);
}

/** File, code and message, with whitespace collapsed and memory addresses (`0x7f…`, new every run) blanked. */
function keyOf(diagnostic: Diagnostic): string {
  const message = diagnostic.message.replace(/0x[0-9a-fA-F]+/g, "0x…").replace(/\s+/g, " ").trim();
  return [diagnostic.file, diagnostic.code ?? "", message].join("\u0000");
}

function groupByKey<T extends DiagnosticInBlock>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const key = keyOf(entry.diagnostic);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}
