import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import { baseClasses } from "../resolve/lookup-member.js";
import type { RepoIndex } from "../resolve/repo-index.js";

/** `Derived DerivedClassOf Base` for each resolved base class and implemented interface. */
export function derivedClassOfEdges(index: RepoIndex, block: Block): Edge[] {
  if (!index.classes.has(block.id)) return [];
  return baseClasses(index, block.id).map((base) => ({
    from: block.id,
    to: base,
    relation: "DerivedClassOf",
    file: block.file,
    line: block.span.startLine,
    confidence: "resolved",
  }));
}
