import type { Block } from "../../model/block.js";
import type { Resolver } from "../resolve/resolver.js";

/**
 * The line of every reference in `block`'s own text that resolves to `targetId` (a call, or the
 * function or member used as a value), once per reference and in source order: a line that holds
 * two such references is listed twice. Unlike the graph's edges, which keep one line per target,
 * this lists them all — what a mechanical edit of each reference needs.
 */
export function referenceLines(r: Resolver, block: Block, targetId: string): number[] {
  const facts = r.index.blockFacts.get(block.id);
  if (!facts) return [];
  const lines: number[] = [];
  const ctx = { file: block.file, blockId: block.id };
  for (const reference of facts.references) {
    if (reference.kind !== "expression") continue;
    let found = false;
    r.evaluate(ctx, reference.path, 0, (edge) => {
      found ||= edge.to === targetId && edge.relation !== "Imports";
    });
    if (found) lines.push(reference.line);
  }
  return lines;
}
