import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { Resolver } from "../resolve/resolver.js";

const OVERRIDABLE = new Set(["method", "signature", "accessor"]);

/**
 * `Derived.m Overrides Base.m` when a base class or interface (nearest first) declares a member
 * of the same name with a block; interface implementation counts.
 */
export function overridesEdges(r: Resolver, block: Block): Edge[] {
  if (!OVERRIDABLE.has(block.kind) || !block.parentId || !r.index.classes.has(block.parentId)) return [];
  const edges: Edge[] = [];
  for (const base of r.baseClasses(block.parentId)) {
    const hit = r.lookupMember(base, block.name);
    if (!hit?.member.blockId || hit.member.kind === "constructor" || hit.member.blockId === block.id) continue;
    edges.push({ from: block.id, to: hit.member.blockId, relation: "Overrides", file: block.file, line: block.span.startLine, confidence: "resolved" });
  }
  return edges;
}
