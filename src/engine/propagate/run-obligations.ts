import { sketchBlock } from "../edit/sketch.js";
import { isCodeplanError } from "../errors/codeplan-error.js";
import { inverseOf } from "../graph/relation.js";
import type { ParsedFile } from "../model/block.js";
import type { Obligation } from "../plan/obligation.js";
import { askModel, type ModelOutcome } from "./ask-model.js";
import { mechanicalOutcome } from "./mechanical-outcome.js";
import { buildEditRequest } from "./build-edit-request.js";
import { STOP_REASON_OF_BUDGET, type LoopState, type StopReason } from "./loop-state.js";
import { recordEdit } from "./record-edit.js";

/** A visit in flight: the model works on it; its file is the one it found. */
interface Running {
  obligation: Obligation;
  current: ParsedFile;
  outcome: Promise<{ ok: true; value: ModelOutcome } | { ok: false; error: unknown }>;
}

/** Why no further obligation may start now, if any. */
export function stopReason(state: LoopState): StopReason | undefined {
  if (state.params.signal?.aborted) return "cancelled";
  const exhausted = state.budget.exhausted();
  return exhausted ? STOP_REASON_OF_BUDGET[exhausted] : undefined;
}

/**
 * The obligation to start next: the oldest ready one whose file has no visit in flight (one visit
 * per file at a time, so a merge always sees the file its sketch came from) and to which no
 * unfinished obligation may still add a cause (see ImpactAnalysis.reach); while visits are in
 * flight, one that waits for them is not started. When nothing runs and nothing is ready, a cycle
 * is broken by taking the oldest pending obligation.
 */
function pickNext(state: LoopState, running: readonly Running[]): Obligation | undefined {
  const busy = new Set(running.map((visit) => visit.current.file));
  const ready = state.plan.ready().filter((obligation) => !busy.has(fileOf(state, obligation) ?? ""));
  const unfinished = new Set(state.plan.all().filter((obligation) => obligation.status === "pending" || obligation.status === "running").map((obligation) => obligation.blockId));
  const free = ready.find((obligation) => !mayGetCause(state, obligation.blockId, unfinished));
  if (free || running.length > 0) return free;
  return ready[0] ?? state.plan.next();
}

/**
 * Whether a block with an unfinished obligation may still plan `blockId` along the impact
 * analysis's reach: looked up from `blockId`'s side (the inverse relations: what it calls, uses,
 * overrides), which a block has few of, however many callers a function it calls has.
 */
function mayGetCause(state: LoopState, blockId: string, unfinished: ReadonlySet<string>): boolean {
  const { graph, impact } = state.params;
  for (const relation of impact.reach) {
    for (const { block } of graph.graph.related(blockId, inverseOf(relation))) if (block.id !== blockId && unfinished.has(block.id)) return true;
  }
  return false;
}

function fileOf(state: LoopState, obligation: Obligation): string | undefined {
  return state.params.graph.graph.getBlock(obligation.blockId)?.file;
}

/** Starts the model's work on an obligation; undefined when its block is gone (the obligation fails at once). */
function start(state: LoopState, obligation: Obligation): Running | undefined {
  const { graph, editModel, logger } = state.params;
  const file = fileOf(state, obligation);
  const current = file === undefined ? undefined : graph.index.files.get(file);
  if (!current) {
    state.plan.fail(obligation.id, `block ${obligation.blockId} no longer exists`);
    state.params.onObligationDone?.(obligation);
    return undefined;
  }
  state.plan.start(obligation.id);
  state.budget.recordObligation();
  const mechanical = mechanicalOutcome(obligation, current);
  if (mechanical) {
    obligation.mechanical = true;
    state.budget.recordMechanicalEdit();
    logger.info({ obligation: obligation.id, block: obligation.blockId }, "editing obligation mechanically");
    return { obligation, current, outcome: Promise.resolve({ ok: true as const, value: mechanical }) };
  }
  logger.info({ obligation: obligation.id, block: obligation.blockId }, "visiting obligation");
  const sketch = sketchBlock(current, obligation.blockId);
  const request = buildEditRequest({ obligation, plan: state.plan, graph, sketch });
  const outcome = askModel({ request, current, sketch, editModel, logger, signal: state.signal, onUsage: (usage) => state.budget.recordAnswer(usage) }).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return { obligation, current, outcome };
}

async function finish(state: LoopState, visit: Running, outcome: ModelOutcome): Promise<void> {
  const { obligation } = visit;
  if (outcome.kind === "unchanged") state.plan.markUnchanged(obligation.id);
  else if (outcome.kind === "failed") state.plan.fail(obligation.id, outcome.reason);
  else await recordEdit(state, obligation, visit.current, outcome.text);
  state.params.onObligationDone?.(obligation);
}

/**
 * Visits obligations until none is pending or the run must stop, `concurrency` at a time.
 * Model calls overlap; their results are written, folded into the graph and planned from one at a
 * time, in the order the visits started — so, for a given model, the final text and the plan do
 * not depend on which answer arrives first. A failing model call stops the run: visits in flight
 * are aborted and their obligations stay pending.
 */
export async function runObligations(state: LoopState, abortInFlight: () => void): Promise<{ stopped?: StopReason; error?: string }> {
  const running: Running[] = [];
  let stopped: StopReason | undefined;
  for (;;) {
    while (!stopped && running.length < state.limits.concurrency) {
      stopped = stopReason(state);
      const obligation = stopped ? undefined : pickNext(state, running);
      if (!obligation) break;
      const visit = start(state, obligation);
      if (visit) running.push(visit);
    }
    const oldest = running.shift();
    if (!oldest) return stopped ? { stopped } : {};
    const settled = await oldest.outcome;
    if (settled.ok) {
      await finish(state, oldest, settled.value);
      continue;
    }
    abortInFlight();
    await Promise.all(running.map((visit) => visit.outcome));
    for (const visit of [oldest, ...running]) state.plan.release(visit.obligation.id);
    return stoppedByError(state, settled.error);
  }
}

function stoppedByError(state: LoopState, error: unknown): { stopped: StopReason; error?: string } {
  const reason = stopReason(state);
  if (reason) return { stopped: reason };
  if (isCodeplanError(error)) return { stopped: error.code === "cancelled" ? "cancelled" : "model-error", error: error.userMessage };
  throw error;
}
