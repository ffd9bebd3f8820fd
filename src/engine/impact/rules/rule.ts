import type { AtomicChange, ChangeKind } from "../../classify/atomic-change.js";
import type { CodeGraph } from "../../graph/code-graph.js";
import type { MechanicalEdit } from "../../edit/mechanical-edit.js";
import type { Relation } from "../../graph/relation.js";

/** A block a rule found, with the relation from the changed block and the block it was reached from. */
export interface RuleHit {
  blockId: string;
  relation: Relation;
  /** The block the relation starts at (the changed block, its class, or its base method). */
  via: string;
  member?: string;
  /** The edit the block needs when it is mechanical (no model call): a rename of its references. */
  mechanical?: MechanicalEdit;
}

/**
 * One may-impact rule of ../shared/DESIGN.md's table. `phase` says which graph it reads: `D`
 * (before the edit is folded in) or `D'` (after). A rule that reads more than the graph (the
 * source of call sites, the signatures of callers) answers asynchronously.
 */
export interface ImpactRule {
  name: string;
  kinds: readonly ChangeKind[];
  phase: "D" | "D'";
  find(change: AtomicChange, graph: CodeGraph): RuleHit[] | Promise<RuleHit[]>;
}

/** Blocks related to `id` by each relation, as rule hits. */
export function relatedHits(graph: CodeGraph, id: string | undefined, relations: readonly Relation[], filter?: (member: string | undefined) => boolean): RuleHit[] {
  if (!id) return [];
  return relations.flatMap((relation) =>
    graph.graph
      .related(id, relation)
      .filter((related) => !filter || filter(related.edge.member))
      .map((related) => ({ blockId: related.block.id, relation, via: id, ...(related.edge.member ? { member: related.edge.member } : {}) })),
  );
}
