import type { MechanicalEdit } from "../edit/mechanical-edit.js";
import type { Relation } from "../graph/relation.js";

/**
 * `pending` until visited, `running` while the model works on it; then `edited` (the block
 * changed), `unchanged` (the model said no change) or `failed`.
 */
export type ObligationStatus = "pending" | "running" | "edited" | "unchanged" | "failed";

/**
 * Where a cause comes from: the developer's own edit, the task's instruction on a target block,
 * a diagnostic of the oracle, or another block's edit through a relation (a may-impact rule).
 */
export type CauseSource = "developer" | "instruction" | "oracle" | "impact";

/** Why a block must be looked at: another block changed and they are related. */
export interface Cause {
  source: CauseSource;
  /** The block whose change caused this obligation; undefined for seeds. */
  fromBlockId?: string;
  relation?: Relation;
  /** A sentence a person can read: "`cmd_check` calls `check_endpoint`, whose signature changed: …". */
  text: string;
  /** The edit this cause asks for, when it is mechanical (a rename): an obligation whose causes all are is done without the model. */
  mechanical?: MechanicalEdit;
}

/** A before/after pair of one block's text: temporal context and the record of what the run did. */
export interface BlockEdit {
  blockId: string;
  /** Id after the edit (differs on a rename). */
  afterBlockId: string;
  before: string;
  after: string;
}

/** ⟨block, instruction, status⟩, with the causes that put it in the plan. */
export interface Obligation {
  id: number;
  blockId: string;
  instruction: string;
  status: ObligationStatus;
  causes: Cause[];
  /** A seed: the developer's own edit or an instruction target. */
  isRoot: boolean;
  /** Visited without the model: every cause asked for a mechanical edit (see edit/mechanical-edit.ts). */
  mechanical?: boolean;
  edit?: BlockEdit;
  failure?: string;
}

/** An edge of the plan graph: `to` exists because `from`'s edit affects it through `relation`. */
export interface PlanEdge {
  from: number;
  to: number;
  relation: Relation;
  cause: string;
}
