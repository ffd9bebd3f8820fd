import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { RepoIndex } from "../resolve/repo-index.js";

/** `constructor Construct Class` (so `Class ConstructedBy constructor`). */
export function constructEdges(index: RepoIndex, block: Block): Edge[] {
  if (block.kind !== "constructor" || !block.parentId || !index.classes.has(block.parentId)) return [];
  return [{ from: block.id, to: block.parentId, relation: "Construct", file: block.file, line: block.span.startLine, confidence: "resolved" }];
}
