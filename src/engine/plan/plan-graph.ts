import { CodeplanError } from "../errors/codeplan-error.js";
import type { MechanicalEdit } from "../edit/mechanical-edit.js";
import type { Relation } from "../graph/relation.js";
import type { BlockEdit, Cause, Obligation, PlanEdge } from "./obligation.js";

/** How often one block may be planned again after it was visited (guards against cycles). */
const MAX_VISITS_PER_BLOCK = 3;

/** One step of temporal context: an earlier edit on a path to the obligation, and why it led here. */
export interface TemporalStep {
  edit: BlockEdit;
  relation: Relation;
  cause: string;
}

/**
 * The adaptive plan: obligations and the labelled edges that explain them. A new cause for a
 * block that already has a pending obligation joins that obligation; a block is handed out only
 * when the pending obligations it depends on are done (cycles are broken oldest first); a block
 * is planned at most MAX_VISITS_PER_BLOCK times, so propagation always ends.
 */
export class PlanGraph {
  private readonly obligations: Obligation[] = [];
  private readonly edges: PlanEdge[] = [];
  private readonly causeKeys = new Set<string>();

  /** A seed obligation (or the existing pending one for the block, with the cause added). */
  addRoot(blockId: string, instruction: string, cause: Cause = { source: "instruction", text: "seed" }): Obligation {
    const existing = this.pendingFor(blockId);
    if (existing) {
      existing.isRoot = true;
      existing.causes.push(cause);
      return existing;
    }
    return this.create({ blockId, instruction, isRoot: true, causes: [cause] });
  }

  /** A seed that is already done: the developer's own edit, planned from but never sent to the model. */
  addCompletedRoot(edit: BlockEdit, instruction: string): Obligation {
    const obligation = this.create({ blockId: edit.blockId, instruction, isRoot: true, causes: [{ source: "developer", text: "edited by the developer" }] });
    obligation.status = "edited";
    obligation.edit = edit;
    return obligation;
  }

  /**
   * An obligation for `blockId` caused by obligation `from`; links to a pending one when there is
   * one. Returns undefined when the same cause was already planned or the block was visited too often.
   */
  addDerived(params: { from: number; blockId: string; relation: Relation; cause: string; instruction: string; mechanical?: MechanicalEdit }): Obligation | undefined {
    const key = `${params.from}\u0000${params.blockId}\u0000${params.relation}`;
    if (this.causeKeys.has(key)) return undefined;
    const source = this.getOrThrow(params.from);
    const cause: Cause = { source: "impact", fromBlockId: source.edit?.afterBlockId ?? source.blockId, relation: params.relation, text: params.cause, ...(params.mechanical ? { mechanical: params.mechanical } : {}) };
    let target = this.pendingFor(params.blockId);
    if (target) {
      target.causes.push(cause);
    } else {
      if (this.visits(params.blockId) >= MAX_VISITS_PER_BLOCK) return undefined;
      target = this.create({ blockId: params.blockId, instruction: params.instruction, isRoot: false, causes: [cause] });
    }
    this.causeKeys.add(key);
    this.edges.push({ from: params.from, to: target.id, relation: params.relation, cause: params.cause });
    return target;
  }

  /** The next obligation to visit: pending, with no pending predecessor; oldest first; cycles broken oldest first. */
  next(): Obligation | undefined {
    const pending = this.obligations.filter((obligation) => obligation.status === "pending");
    const ready = pending.find((obligation) => !this.hasPendingPredecessor(obligation.id, new Set()));
    return ready ?? pending[0];
  }

  /** Every pending obligation that can run now (for parallel execution). */
  ready(): Obligation[] {
    return this.obligations.filter((obligation) => obligation.status === "pending" && !this.hasPendingPredecessor(obligation.id, new Set()));
  }

  /** The obligation is being visited: not handed out again, and it still holds back its successors. */
  start(id: number): void {
    this.getOrThrow(id).status = "running";
  }

  /** A visit that was stopped before it finished: the obligation is pending again. */
  release(id: number): void {
    const obligation = this.getOrThrow(id);
    if (obligation.status === "running") obligation.status = "pending";
  }

  complete(id: number, edit: BlockEdit): void {
    const obligation = this.getOrThrow(id);
    obligation.status = "edited";
    obligation.edit = edit;
  }

  markUnchanged(id: number): void {
    this.getOrThrow(id).status = "unchanged";
  }

  fail(id: number, reason: string): void {
    const obligation = this.getOrThrow(id);
    obligation.status = "failed";
    obligation.failure = reason;
  }

  /** Edits on every path from the roots to `id`, nearest first, with the relation that led onward. */
  temporalContext(id: number): TemporalStep[] {
    const steps: TemporalStep[] = [];
    const seen = new Set<number>([id]);
    let frontier = [id];
    while (frontier.length > 0) {
      const next: number[] = [];
      for (const target of frontier) {
        for (const edge of this.edges.filter((candidate) => candidate.to === target && !seen.has(candidate.from))) {
          seen.add(edge.from);
          next.push(edge.from);
          const edit = this.obligations[edge.from]?.edit;
          if (edit) steps.push({ edit, relation: edge.relation, cause: edge.cause });
        }
      }
      frontier = next;
    }
    return steps;
  }

  all(): readonly Obligation[] {
    return this.obligations;
  }

  allEdges(): readonly PlanEdge[] {
    return this.edges;
  }

  getOrThrow(id: number): Obligation {
    const obligation = this.obligations[id];
    if (!obligation) throw new CodeplanError({ code: "obligation-not-found", userMessage: `No obligation #${id} in the plan` });
    return obligation;
  }

  private create(fields: Pick<Obligation, "blockId" | "instruction" | "isRoot" | "causes">): Obligation {
    const obligation: Obligation = { id: this.obligations.length, status: "pending", ...fields };
    this.obligations.push(obligation);
    return obligation;
  }

  private pendingFor(blockId: string): Obligation | undefined {
    return this.obligations.find((obligation) => obligation.blockId === blockId && obligation.status === "pending");
  }

  private visits(blockId: string): number {
    return this.obligations.filter((obligation) => obligation.blockId === blockId).length;
  }

  private hasPendingPredecessor(id: number, seen: Set<number>): boolean {
    for (const edge of this.edges) {
      if (edge.to !== id || seen.has(edge.from)) continue;
      seen.add(edge.from);
      const source = this.obligations[edge.from];
      if ((source?.status === "pending" || source?.status === "running") && source.id !== id) return true;
    }
    return false;
  }
}
