import { CodeplanError } from "../errors/codeplan-error.js";
import type { DependencyGraph } from "./dependency-graph.js";
import type { Edge } from "./edge.js";

/** The serialisable picture of a graph or of a neighbourhood of it. */
export interface GraphView {
  blocks: { id: string; file: string; symbol: string; kind: string }[];
  edges: { from: string; to: string; relation: string; confidence: string; line: number; member?: string }[];
}

function neighbourhood(graph: DependencyGraph, focus: string, depth: number): Set<string> {
  graph.getBlockOrThrow(focus);
  const seen = new Set([focus]);
  let frontier = [focus];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of [...graph.edgesFrom(id), ...graph.edgesTo(id)]) {
        const other = edge.from === id ? edge.to : edge.from;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * The whole graph, or with `focus` the blocks within `depth` edges of it (either direction) and the
 * edges among them; blocks in file order, edges sorted.
 */
export function graphView(graph: DependencyGraph, options: { focus?: string; depth?: number } = {}): GraphView {
  if (options.depth !== undefined && (!Number.isInteger(options.depth) || options.depth < 0)) {
    throw new CodeplanError({ code: "bad-depth", userMessage: `--depth must be a whole number ≥ 0, got ${options.depth}` });
  }
  const included = options.focus ? neighbourhood(graph, options.focus, options.depth ?? 1) : undefined;
  const blocks = [...graph.allBlocks()].filter((block) => !included || included.has(block.id));
  const edges: Edge[] = [...graph.allEdges()].filter((edge) => !included || (included.has(edge.from) && included.has(edge.to)));
  edges.sort((a, b) => a.from.localeCompare(b.from) || a.relation.localeCompare(b.relation) || a.to.localeCompare(b.to) || a.line - b.line);
  return {
    blocks: blocks.map((block) => ({ id: block.id, file: block.file, symbol: block.symbol, kind: block.kind })),
    edges: edges.map((edge) => ({
      from: edge.from,
      to: edge.to,
      relation: edge.relation,
      confidence: edge.confidence,
      line: edge.line,
      ...(edge.member ? { member: edge.member } : {}),
    })),
  };
}
