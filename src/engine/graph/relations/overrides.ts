import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import { baseClasses, lookupMember } from "../resolve/lookup-member.js";
import type { RepoIndex } from "../resolve/repo-index.js";

const OVERRIDABLE = new Set(["method", "signature", "accessor"]);

/**
 * `Derived.m Overrides Base.m` when a base class or interface (nearest first) declares a member
 * of the same name with a block; interface implementation counts.
 */
export function overridesEdges(index: RepoIndex, block: Block): Edge[] {
  if (!OVERRIDABLE.has(block.kind) || !block.parentId || !index.classes.has(block.parentId)) return [];
  const edges: Edge[] = [];
  for (const base of baseClasses(index, block.parentId)) {
    const hit = lookupMember(index, base, block.name);
    if (!hit?.member.blockId || hit.member.kind === "constructor" || hit.member.blockId === block.id) continue;
    edges.push({ from: block.id, to: hit.member.blockId, relation: "Overrides", file: block.file, line: block.span.startLine, confidence: "resolved" });
  }
  return edges;
}
