import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import { evaluatePath, type FoundEdge } from "../resolve/evaluate-path.js";
import type { RepoIndex } from "../resolve/repo-index.js";
import { resolveType } from "../resolve/resolve-type.js";

/**
 * The edges a block's own references resolve to: Calls, Instantiates, Uses (fields, properties,
 * types, functions passed as values) and Imports (names that came in through an import).
 */
export function referenceEdges(index: RepoIndex, block: Block): Edge[] {
  const facts = index.blockFacts.get(block.id);
  if (!facts) return [];
  const edges: Edge[] = [];
  const ctx = { file: block.file, blockId: block.kind === "module" ? undefined : block.id };
  for (const reference of facts.references) {
    const emit = (found: FoundEdge) => edges.push({ from: block.id, file: block.file, line: reference.line, ...found });
    if (reference.kind === "type") {
      const typeName = reference.path.map((segment) => segment.name).join(".");
      const [head] = reference.path;
      if (head) evaluatePath(index, ctx, [{ name: head.name }], (found) => found.relation === "Imports" && emit(found));
      const value = resolveType(index, block.file, typeName, "class");
      if (value.kind === "class") emit({ to: value.classId, relation: "Uses", confidence: "resolved" });
    } else {
      evaluatePath(index, ctx, reference.path, emit);
    }
  }
  return edges;
}
