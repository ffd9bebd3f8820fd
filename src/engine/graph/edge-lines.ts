import type { Block } from "../model/block.js";
import type { AccessPath, BlockFacts, LocalFact } from "./facts.js";
import { linesBetween } from "./moved-facts.js";

function samePath(a: AccessPath | undefined, b: AccessPath | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.length === b.length && a.every((segment, index) => {
    const other = b[index];
    return other !== undefined && segment.name === other.name && segment.call === other.call && segment.new === other.new;
  });
}

function sameLocal(a: LocalFact, b: LocalFact | undefined): boolean {
  return b !== undefined && a.name === b.name && a.type === b.type && a.receiver === b.receiver && samePath(a.value, b.value);
}

function sameLocals(a: BlockFacts, b: BlockFacts): boolean {
  return a.locals === b.locals || (a.locals.length === b.locals.length && a.locals.every((local, index) => sameLocal(local, b.locals[index])));
}

/** New line of an edge by its old line; undefined when there is none. */
export type LineMap = (line: number) => number | undefined;

/**
 * How the lines of a block's edges move when the block itself did not change but the file around
 * it did (lines added above it, a nested block grown): old line → new line for its start line and
 * every reference, or `same` when nothing moved. Undefined when its facts changed beyond their
 * lines, or one old line became two: then its edges must be recomputed.
 */
export function edgeLineMap(before: Block, after: Block, beforeFacts: BlockFacts | undefined, afterFacts: BlockFacts | undefined): LineMap | "same" | undefined {
  const delta = after.span.startLine - before.span.startLine;
  // Facts a new version took over are the previous version's, moved as the block moved.
  if (beforeFacts && afterFacts && linesBetween(beforeFacts, afterFacts) === delta) return delta === 0 ? "same" : (line) => line + delta;
  if (!beforeFacts || !afterFacts) return beforeFacts !== afterFacts ? undefined : delta === 0 ? "same" : (line) => line + delta;
  if (beforeFacts.returns !== afterFacts.returns || beforeFacts.isAsync !== afterFacts.isAsync || !sameLocals(beforeFacts, afterFacts)) return undefined;
  if (beforeFacts.references.length !== afterFacts.references.length) return undefined;
  let uniform = true;
  for (const [index, reference] of beforeFacts.references.entries()) {
    const other = afterFacts.references[index];
    if (!other || other.kind !== reference.kind || !samePath(reference.path, other.path)) return undefined;
    uniform &&= other.line === reference.line + delta;
  }
  if (uniform) return delta === 0 ? "same" : (line) => line + delta;
  return mappedLines(before, after, beforeFacts, afterFacts);
}

/** The line map of a block whose references did not all move alike (a nested block between them grew). */
function mappedLines(before: Block, after: Block, beforeFacts: BlockFacts, afterFacts: BlockFacts): LineMap | undefined {
  const lines = new Map<number, number>([[before.span.startLine, after.span.startLine]]);
  for (const [index, reference] of beforeFacts.references.entries()) {
    const line = afterFacts.references[index]?.line ?? 0;
    const mapped = lines.get(reference.line);
    if (mapped !== undefined && mapped !== line) return undefined;
    lines.set(reference.line, line);
  }
  return (line) => lines.get(line);
}
