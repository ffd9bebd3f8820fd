import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { Reference, Segment } from "../facts.js";
import type { FoundEdge } from "../resolve/found-edge.js";
import type { Resolver } from "../resolve/resolver.js";

/** Whether two references are the same but for their line: they resolve to the same edges. */
function sameReference(a: Reference, b: Reference): boolean {
  if (a.kind !== b.kind || a.path.length !== b.path.length) return false;
  for (let index = 0; index < a.path.length; index++) {
    const x = a.path[index] as Segment;
    const y = b.path[index] as Segment;
    if (x.name !== y.name || x.call !== y.call || x.new !== y.new) return false;
  }
  return true;
}

/** Whether `reference` repeats one already resolved (kept by the name its path starts with). */
function repeated(reference: Reference, resolved: Map<string, Reference[]>): boolean {
  const name = reference.path[0]?.name ?? "";
  const earlier = resolved.get(name);
  if (earlier?.some((other) => sameReference(other, reference))) return true;
  if (earlier) earlier.push(reference);
  else resolved.set(name, [reference]);
  return false;
}

/**
 * The edges a block's own references resolve to: Calls, Instantiates, Uses (fields, properties,
 * types, functions passed as values) and Imports (names that came in through an import).
 * A reference repeated in the block (four in ten are) is resolved once: it would resolve to the
 * same edges at a later line, and the graph keeps an edge's first line.
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
  const resolved = new Map<string, Reference[]>();
  for (const reference of facts.references) {
    if (repeated(reference, resolved)) continue;
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
