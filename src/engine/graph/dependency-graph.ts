import { CodeplanError } from "../errors/codeplan-error.js";
import type { Block } from "../model/block.js";
import type { Edge } from "./edge.js";
import { inverseOf, isStoredRelation, type Relation, type StoredRelation } from "./relation.js";

/** A block related to another, with the edge that relates them. */
export interface RelatedBlock {
  block: Block;
  edge: Edge;
}

function edgeKey(edge: Edge): string {
  return `${edge.from}\u0000${edge.to}\u0000${edge.relation}\u0000${edge.member ?? ""}`;
}

/**
 * The dependency graph: blocks and stored edges, indexed both ways so every relation and its
 * inverse is answered from the same edge. Mutations are by whole block (its outgoing edges).
 */
export class DependencyGraph {
  private readonly blocks = new Map<string, Block>();
  private readonly outgoing = new Map<string, Map<string, Edge>>();
  private readonly incoming = new Map<string, Map<string, Edge>>();

  addBlock(block: Block): void {
    this.blocks.set(block.id, block);
  }

  getBlock(id: string): Block | undefined {
    return this.blocks.get(id);
  }

  getBlockOrThrow(id: string): Block {
    const block = this.blocks.get(id);
    if (!block) throw new CodeplanError({ code: "block-not-found", userMessage: `No block ${id} in the dependency graph` });
    return block;
  }

  allBlocks(): IterableIterator<Block> {
    return this.blocks.values();
  }

  /** Blocks whose symbol is `symbol` (any file), or the block `file::symbol`. */
  findSymbol(qualifiedName: string): Block[] {
    const exact = this.blocks.get(qualifiedName);
    if (exact) return [exact];
    return [...this.blocks.values()].filter((block) => block.symbol === qualifiedName);
  }

  addEdge(edge: Edge): void {
    if (edge.from === edge.to) return;
    const key = edgeKey(edge);
    if (this.outgoing.get(edge.from)?.has(key)) return;
    this.index(this.outgoing, edge.from).set(key, edge);
    this.index(this.incoming, edge.to).set(key, edge);
  }

  /** Blocks related to `id` by `relation` (stored or inverse), with the edges. */
  related(id: string, relation: Relation): RelatedBlock[] {
    const stored = isStoredRelation(relation);
    const edges = (stored ? this.outgoing : this.incoming).get(id);
    const wanted: StoredRelation = (stored ? relation : inverseOf(relation)) as StoredRelation;
    const result: RelatedBlock[] = [];
    for (const edge of edges?.values() ?? []) {
      if (edge.relation !== wanted) continue;
      const block = this.blocks.get(stored ? edge.to : edge.from);
      if (block) result.push({ block, edge });
    }
    return result;
  }

  edgesFrom(id: string): Edge[] {
    return [...(this.outgoing.get(id)?.values() ?? [])];
  }

  edgesTo(id: string): Edge[] {
    return [...(this.incoming.get(id)?.values() ?? [])];
  }

  *allEdges(): IterableIterator<Edge> {
    for (const edges of this.outgoing.values()) yield* edges.values();
  }

  /** Drops the outgoing edges of a block that match `filter` (all by default). */
  removeEdgesFrom(id: string, filter: (edge: Edge) => boolean = () => true): void {
    const edges = this.outgoing.get(id);
    if (!edges) return;
    for (const [key, edge] of edges) {
      if (!filter(edge)) continue;
      edges.delete(key);
      this.incoming.get(edge.to)?.delete(key);
    }
  }

  /** Removes a block with every edge that touches it. */
  removeBlock(id: string): void {
    this.removeEdgesFrom(id);
    for (const edge of this.edgesTo(id)) this.removeEdgesFrom(edge.from, (candidate) => candidate.to === id);
    this.blocks.delete(id);
    this.outgoing.delete(id);
    this.incoming.delete(id);
  }

  /** Gives a block a new id (a rename), keeping every edge: callers keep their edge to the renamed callee. */
  renameBlock(oldId: string, block: Block): void {
    const outgoing = this.edgesFrom(oldId);
    const incoming = this.edgesTo(oldId);
    this.removeBlock(oldId);
    this.addBlock(block);
    for (const edge of outgoing) this.addEdge({ ...edge, from: block.id });
    for (const edge of incoming) this.addEdge({ ...edge, to: block.id });
  }

  private index(map: Map<string, Map<string, Edge>>, id: string): Map<string, Edge> {
    let edges = map.get(id);
    if (!edges) {
      edges = new Map();
      map.set(id, edges);
    }
    return edges;
  }
}
