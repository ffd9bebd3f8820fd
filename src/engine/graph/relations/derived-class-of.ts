import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { Resolver } from "../resolve/resolver.js";

/** `Derived DerivedClassOf Base` for each resolved base class and implemented interface. */
export function derivedClassOfEdges(r: Resolver, block: Block): Edge[] {
  if (!r.index.classes.has(block.id)) return [];
  return r.baseClasses(block.id).map((base) => ({
    from: block.id,
    to: base,
    relation: "DerivedClassOf",
    file: block.file,
    line: block.span.startLine,
    confidence: "resolved",
  }));
}
