import type { CodeGraph } from "../graph/code-graph.js";
import type { ImpactAnalysis } from "../impact/impact-analysis.js";
import type { Obligation } from "../plan/obligation.js";
import type { PlanGraph } from "../plan/plan-graph.js";
import type { EditModel, Logger, WritableSourceTree } from "../ports.js";
import type { BudgetLimits, BudgetName, RunBudget, Spending } from "./budget.js";
import type { Seed } from "./seed.js";

/** New oracle diagnostics since the start, mapped to blocks; empty when the oracle is clean. */
export type OracleRound = (signal?: AbortSignal) => Promise<{ blockId: string; message: string }[]>;

export interface PropagateLimits {
  /** Oracle rounds at most (each may add obligations). */
  maxOracleRounds: number;
  /** Obligations visited at the same time (model calls in flight). */
  concurrency: number;
}

export const DEFAULT_LIMITS: PropagateLimits = { maxOracleRounds: 3, concurrency: 4 };

/** Obligations a run visits at most when the caller sets no budget for them. */
export const DEFAULT_MAX_OBLIGATIONS = 200;

export interface PropagateParams {
  tree: WritableSourceTree;
  /** The graph of `tree` as it is before the seeds. */
  graph: CodeGraph;
  instruction: string;
  seeds: readonly Seed[];
  editModel: EditModel;
  impact: ImpactAnalysis;
  oracle?: OracleRound;
  logger: Logger;
  limits?: Partial<PropagateLimits>;
  /** Tokens, dollars, obligations (default DEFAULT_MAX_OBLIGATIONS) and wall time of the run. */
  budget?: BudgetLimits;
  /** Called when an obligation is finished (edited, unchanged or failed), in plan order. */
  onObligationDone?: (obligation: Obligation) => void;
  signal?: AbortSignal;
  /** The clock for the wall-time budget (tests pass their own). */
  now?: () => number;
}

/** Why the run ended: all done, or the limit that stopped it with obligations left. */
export type StopReason = "done" | "cancelled" | "model-error" | "oracle-round-limit" | "obligation-limit" | "input-token-limit" | "output-token-limit" | "dollar-limit" | "time-limit";

export const STOP_REASON_OF_BUDGET: Record<BudgetName, StopReason> = {
  obligations: "obligation-limit",
  inputTokens: "input-token-limit",
  outputTokens: "output-token-limit",
  dollars: "dollar-limit",
  wallSeconds: "time-limit",
};

export interface PropagateResult {
  plan: PlanGraph;
  visited: number;
  oracleRounds: number;
  stoppedBecause: StopReason;
  /** Set when stoppedBecause is "model-error": what the model call failed with. */
  error?: string;
  spending: Spending;
}

/** What the loop's steps share during one run. */
export interface LoopState {
  params: PropagateParams;
  limits: PropagateLimits;
  plan: PlanGraph;
  budget: RunBudget;
  /** Aborted when the caller cancels or the wall-time budget runs out: stops model calls in flight. */
  signal: AbortSignal;
}
