import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { Resolver } from "../resolve/resolver.js";

/** `inner ChildOf outer` for nested definitions (top-level definitions are not children of `<module>`). */
export function childOfEdges(r: Resolver, block: Block): Edge[] {
  const parent = block.parentId ? r.index.blocks.get(block.parentId) : undefined;
  if (!parent || parent.kind === "module") return [];
  return [{ from: block.id, to: parent.id, relation: "ChildOf", file: block.file, line: block.span.startLine, confidence: "resolved" }];
}
