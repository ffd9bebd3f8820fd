import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { Resolver } from "../resolve/resolver.js";

/** `constructor Construct Class` (so `Class ConstructedBy constructor`). */
export function constructEdges(r: Resolver, block: Block): Edge[] {
  if (block.kind !== "constructor" || !block.parentId || !r.index.classes.has(block.parentId)) return [];
  return [{ from: block.id, to: block.parentId, relation: "Construct", file: block.file, line: block.span.startLine, confidence: "resolved" }];
}
