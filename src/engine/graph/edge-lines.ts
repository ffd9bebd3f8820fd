import type { Block } from "../model/block.js";
import type { AccessPath, BlockFacts, LocalFact } from "./facts.js";

function samePath(a: AccessPath | undefined, b: AccessPath | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((segment, index) => {
    const other = b[index];
    return other !== undefined && segment.name === other.name && segment.call === other.call && segment.new === other.new;
  });
}

function sameLocal(a: LocalFact, b: LocalFact | undefined): boolean {
  return b !== undefined && a.name === b.name && a.type === b.type && a.receiver === b.receiver && samePath(a.value, b.value);
}

function sameLocals(a: BlockFacts, b: BlockFacts): boolean {
  return a.locals.length === b.locals.length && a.locals.every((local, index) => sameLocal(local, b.locals[index]));
}

/**
 * How the lines of a block's edges move when the block itself did not change but the file around
 * it did (lines added above it, a nested block grown): old line → new line for its start line and
 * every reference, or `same` when nothing moved. Undefined when its facts changed beyond their
 * lines, or one old line became two: then its edges must be recomputed.
 */
export function edgeLineMap(before: Block, after: Block, beforeFacts: BlockFacts | undefined, afterFacts: BlockFacts | undefined): Map<number, number> | "same" | undefined {
  const lines = new Map<number, number>([[before.span.startLine, after.span.startLine]]);
  let moved = before.span.startLine !== after.span.startLine;
  if (!beforeFacts || !afterFacts) return beforeFacts === afterFacts ? (moved ? lines : "same") : undefined;
  if (beforeFacts.returns !== afterFacts.returns || beforeFacts.isAsync !== afterFacts.isAsync || !sameLocals(beforeFacts, afterFacts)) return undefined;
  if (beforeFacts.references.length !== afterFacts.references.length) return undefined;
  for (const [index, reference] of beforeFacts.references.entries()) {
    const other = afterFacts.references[index];
    if (!other || other.kind !== reference.kind || !samePath(reference.path, other.path)) return undefined;
    const mapped = lines.get(reference.line);
    if (mapped !== undefined && mapped !== other.line) return undefined;
    lines.set(reference.line, other.line);
    moved ||= reference.line !== other.line;
  }
  return moved ? lines : "same";
}
