import { CodeplanError } from "../errors/codeplan-error.js";
import type { Block } from "../model/block.js";
import type { Edge } from "./edge.js";
import { inverseOf, isStoredRelation, type Relation, type StoredRelation } from "./relation.js";

/** A block related to another, with the edge that relates them. */
export interface RelatedBlock {
  block: Block;
  edge: Edge;
}

/** The outgoing edges of one block, in insertion order, with the edges to each target for deduplication. */
interface OutgoingEdges {
  edges: Set<Edge>;
  byTarget: Map<string, Edge[]>;
}

function sameEdge(a: Edge, b: Edge): boolean {
  return a.relation === b.relation && (a.member ?? "") === (b.member ?? "");
}

/**
 * The dependency graph: blocks and stored edges, indexed both ways so every relation and its
 * inverse is answered from the same edge. Mutations are by whole block (its outgoing edges).
 */
export class DependencyGraph {
  private readonly blocks = new Map<string, Block>();
  private readonly outgoing = new Map<string, OutgoingEdges>();
  private readonly incoming = new Map<string, Set<Edge>>();

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

  /** Adds an edge unless the block already has one to the same target with the same relation and member. */
  addEdge(edge: Edge): void {
    if (edge.from === edge.to) return;
    let outgoing = this.outgoing.get(edge.from);
    if (!outgoing) {
      outgoing = { edges: new Set(), byTarget: new Map() };
      this.outgoing.set(edge.from, outgoing);
    }
    const toTarget = outgoing.byTarget.get(edge.to);
    if (toTarget?.some((existing) => sameEdge(existing, edge))) return;
    if (toTarget) toTarget.push(edge);
    else outgoing.byTarget.set(edge.to, [edge]);
    outgoing.edges.add(edge);
    let incoming = this.incoming.get(edge.to);
    if (!incoming) {
      incoming = new Set();
      this.incoming.set(edge.to, incoming);
    }
    incoming.add(edge);
  }

  /** Blocks related to `id` by `relation` (stored or inverse), with the edges. */
  related(id: string, relation: Relation): RelatedBlock[] {
    const stored = isStoredRelation(relation);
    const edges = stored ? this.outgoing.get(id)?.edges : this.incoming.get(id);
    const wanted: StoredRelation = (stored ? relation : inverseOf(relation)) as StoredRelation;
    const result: RelatedBlock[] = [];
    for (const edge of edges ?? []) {
      if (edge.relation !== wanted) continue;
      const block = this.blocks.get(stored ? edge.to : edge.from);
      if (block) result.push({ block, edge });
    }
    return result;
  }

  edgesFrom(id: string): Edge[] {
    return [...(this.outgoing.get(id)?.edges ?? [])];
  }

  edgesTo(id: string): Edge[] {
    return [...(this.incoming.get(id) ?? [])];
  }

  *allEdges(): IterableIterator<Edge> {
    for (const outgoing of this.outgoing.values()) yield* outgoing.edges;
  }

  /** Drops the outgoing edges of a block that match `filter` (all by default). */
  removeEdgesFrom(id: string, filter: (edge: Edge) => boolean = () => true): void {
    const outgoing = this.outgoing.get(id);
    if (!outgoing) return;
    for (const edge of outgoing.edges) {
      if (!filter(edge)) continue;
      outgoing.edges.delete(edge);
      const toTarget = outgoing.byTarget.get(edge.to)?.filter((candidate) => candidate !== edge) ?? [];
      if (toTarget.length > 0) outgoing.byTarget.set(edge.to, toTarget);
      else outgoing.byTarget.delete(edge.to);
      this.incoming.get(edge.to)?.delete(edge);
    }
  }

  /**
   * Moves the lines of a block's outgoing edges (its text moved in its file); edges keep their
   * identity and order. False, changing nothing, when `lineOf` has no new line for one of them.
   */
  relineEdgesFrom(id: string, lineOf: (line: number) => number | undefined): boolean {
    const edges = this.outgoing.get(id)?.edges ?? new Set<Edge>();
    const lines: number[] = [];
    for (const edge of edges) {
      const line = lineOf(edge.line);
      if (line === undefined) return false;
      lines.push(line);
    }
    let index = 0;
    for (const edge of edges) edge.line = lines[index++] ?? edge.line;
    return true;
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
}
