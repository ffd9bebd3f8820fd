import { PlanGraph } from "../plan/plan-graph.js";
import { DEFAULT_MAX_OBLIGATIONS, DEFAULT_LIMITS, type LoopState, type PropagateParams, type PropagateResult, type StopReason } from "./loop-state.js";
import { RunBudget } from "./budget.js";
import { runObligations, stopReason } from "./run-obligations.js";
import { seedEdits } from "./seed-edits.js";

export { DEFAULT_LIMITS, type OracleRound, type PropagateLimits, type PropagateParams, type PropagateResult, type StopReason } from "./loop-state.js";

/**
 * CodePlan's propagate loop over ports: seeds → plan → visit obligations (sketch, model, merge,
 * incremental graph update, may-impact rules → new obligations) → oracle → repeat with the
 * oracle's new diagnostics as seeds until it is clean, a budget runs out or the run is cancelled.
 */
export async function propagate(params: PropagateParams): Promise<PropagateResult> {
  // 1. the run's state: plan, budget, and a signal that stops model calls in flight
  const controller = new AbortController();
  const signal = params.signal ? AbortSignal.any([params.signal, controller.signal]) : controller.signal;
  const budget = new RunBudget({ obligations: DEFAULT_MAX_OBLIGATIONS, ...params.budget }, params.now);
  const state: LoopState = { params, limits: { ...DEFAULT_LIMITS, ...params.limits }, plan: new PlanGraph(), budget, signal };
  const wallMs = budget.msUntilWallLimit();
  const wallTimer = wallMs === undefined ? undefined : setTimeout(() => controller.abort(), wallMs);
  wallTimer?.unref();
  const result = (stoppedBecause: StopReason, oracleRounds: number, error?: string): PropagateResult => {
    const spending = budget.spending();
    return { plan: state.plan, visited: spending.obligations, oracleRounds, stoppedBecause, ...(error ? { error } : {}), spending };
  };
  try {
    // 2. seeds: the developer's edits (completed roots) and instruction targets (pending roots)
    for (const seed of params.seeds) {
      if (seed.kind === "edit") await seedEdits(state, seed.files);
      else if (seed.kind === "instruction") for (const blockId of seed.blockIds) state.plan.addRoot(blockId, params.instruction);
      else state.plan.addRoot(seed.blockId, params.instruction, { source: "oracle", text: `oracle: ${seed.message}` });
    }
    // 3. visit obligations; 4. oracle rounds until clean, each seeding the plan with new diagnostics
    let oracleRounds = 0;
    for (;;) {
      const drained = await runObligations(state, () => controller.abort());
      if (drained.stopped) return result(drained.stopped, oracleRounds, drained.error);
      if (!params.oracle) break;
      if (oracleRounds >= state.limits.maxOracleRounds) return result("oracle-round-limit", oracleRounds);
      oracleRounds++;
      const diagnostics = await params.oracle(signal).catch((error: unknown) => {
        if (stopReason(state)) return undefined;
        throw error;
      });
      if (!diagnostics) return result(stopReason(state) ?? "cancelled", oracleRounds);
      if (diagnostics.length === 0) break;
      // The instruction stays the run's own (so the prompt's shared part stays cacheable); the diagnostic is the cause.
      for (const diagnostic of diagnostics) state.plan.addRoot(diagnostic.blockId, params.instruction, { source: "oracle", text: `oracle: ${diagnostic.message}` });
    }
    return result("done", oracleRounds);
  } finally {
    clearTimeout(wallTimer);
  }
}
