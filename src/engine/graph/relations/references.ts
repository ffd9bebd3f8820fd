import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { FoundEdge } from "../resolve/found-edge.js";
import type { Resolver } from "../resolve/resolver.js";

/**
 * The edges a block's own references resolve to: Calls, Instantiates, Uses (fields, properties,
 * types, functions passed as values) and Imports (names that came in through an import).
 */
export function referenceEdges(r: Resolver, block: Block): Edge[] {
  const facts = r.index.blockFacts.get(block.id);
  if (!facts) return [];
  const edges: Edge[] = [];
  const ctx = { file: block.file, blockId: block.id };
  let line = 0;
  const emit = (found: FoundEdge): void => {
    edges.push(edgeAt(block, line, found));
  };
  const emitImports = (found: FoundEdge): void => {
    if (found.relation === "Imports") emit(found);
  };
  for (const reference of facts.references) {
    line = reference.line;
    if (reference.kind === "type") {
      const typeName = reference.path.map((segment) => segment.name).join(".");
      const [head] = reference.path;
      if (head) r.evaluate(ctx, [{ name: head.name }], 0, emitImports);
      const value = r.resolveType(block.file, typeName, "class");
      if (value.kind === "class") emit({ to: value.classId, relation: "Uses", confidence: "resolved" });
    } else {
      r.evaluate(ctx, reference.path, 0, emit);
    }
  }
  return edges;
}

function edgeAt(block: Block, line: number, found: FoundEdge): Edge {
  const edge: Edge = { from: block.id, file: block.file, line, to: found.to, relation: found.relation, confidence: found.confidence };
  if ("member" in found) edge.member = found.member;
  return edge;
}
