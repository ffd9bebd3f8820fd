import { diffFile } from "../diff/diff-blocks.js";
import { mergeSketch } from "../edit/merge-sketch.js";
import { sketchBlock } from "../edit/sketch.js";
import { isCodeplanError } from "../errors/codeplan-error.js";
import type { CodeGraph } from "../graph/code-graph.js";
import type { Impact } from "../impact/impact.js";
import type { ImpactAnalysis } from "../impact/impact-analysis.js";
import type { ParsedFile } from "../model/block.js";
import { isSkipped, parseFile } from "../model/parse-file.js";
import type { Obligation } from "../plan/obligation.js";
import { PlanGraph } from "../plan/plan-graph.js";
import type { EditModel, Logger, WritableSourceTree } from "../ports.js";
import { applyFileEdit } from "./apply-file-edit.js";
import { buildEditRequest } from "./build-edit-request.js";
import type { Seed } from "./seed.js";

/** New oracle diagnostics since the start, mapped to blocks; empty when the oracle is clean. */
export type OracleRound = (signal?: AbortSignal) => Promise<{ blockId: string; message: string }[]>;

export interface PropagateLimits {
  /** Obligations visited (model calls) at most. */
  maxObligations: number;
  /** Oracle rounds at most (each may add obligations). */
  maxOracleRounds: number;
}

export const DEFAULT_LIMITS: PropagateLimits = { maxObligations: 200, maxOracleRounds: 3 };

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
  signal?: AbortSignal;
}

export type StopReason = "done" | "obligation-limit" | "oracle-round-limit" | "cancelled";

export interface PropagateResult {
  plan: PlanGraph;
  visited: number;
  oracleRounds: number;
  stoppedBecause: StopReason;
}

interface LoopState {
  params: PropagateParams;
  limits: PropagateLimits;
  plan: PlanGraph;
  visited: number;
}

async function parseWithFacts(path: string, text: string): Promise<ParsedFile | undefined> {
  const parsed = await parseFile(path, new TextEncoder().encode(text), { facts: true });
  return isSkipped(parsed) ? undefined : parsed;
}

/** Plans the impacts of obligation `from`'s edit, except straight back to the blocks that caused it. */
function plan(state: LoopState, from: number, impacts: readonly Impact[]): void {
  const causes = new Set(state.plan.getOrThrow(from).causes.map((cause) => cause.fromBlockId));
  for (const impact of impacts) {
    if (causes.has(impact.blockId)) continue;
    state.plan.addDerived({ from, blockId: impact.blockId, relation: impact.relation, cause: impact.cause, instruction: state.params.instruction });
  }
}

/** 2a. The developer's own edits: completed roots, planned from, never sent to the model. */
async function seedEdits(state: LoopState, files: Extract<Seed, { kind: "edit" }>["files"]): Promise<void> {
  const { graph, tree, impact } = state.params;
  for (const file of files) {
    const before = graph.index.files.get(file.path);
    const after = file.text === undefined ? undefined : await parseWithFacts(file.path, file.text);
    if (!after) continue;
    const changes = diffFile(before, after);
    const impacts = await applyFileEdit({ tree, graph, impact, before, after });
    const roots = new Map<string, number>();
    for (const change of changes) {
      const beforeBlock = before?.blocks.find((block) => block.symbol === change.symbol);
      const afterSymbol = change.status === "renamed" ? change.afterSymbol : change.symbol;
      const afterBlock = after.blocks.find((block) => block.symbol === afterSymbol);
      const id = beforeBlock?.id ?? afterBlock?.id ?? "";
      const root = state.plan.addCompletedRoot({ blockId: id, afterBlockId: afterBlock?.id ?? id, before: beforeBlock?.text ?? "", after: afterBlock?.text ?? "" }, state.params.instruction);
      roots.set(id, root.id);
    }
    for (const impactItem of impacts) {
      const from = roots.get(impactItem.fromBlockId) ?? roots.values().next().value;
      if (from !== undefined) plan(state, from, [impactItem]);
    }
  }
}

/** 3. One obligation: sketch, ask the model (one retry on an unusable answer), merge, re-plan. */
async function visit(state: LoopState, obligation: Obligation): Promise<void> {
  const { graph, editModel, logger, signal } = state.params;
  const block = graph.graph.getBlock(obligation.blockId);
  const current = block ? graph.index.files.get(block.file) : undefined;
  if (!block || !current) {
    state.plan.fail(obligation.id, `block ${obligation.blockId} no longer exists`);
    return;
  }
  const sketch = sketchBlock(current, obligation.blockId);
  let previousError: string | undefined;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const answer = await editModel.edit(buildEditRequest({ obligation, plan: state.plan, graph, sketch, previousError }), signal);
    if (answer.kind === "no-change") {
      state.plan.markUnchanged(obligation.id);
      return;
    }
    if (answer.kind === "unusable") {
      previousError = answer.reason;
      logger.warn({ obligation: obligation.id, block: obligation.blockId, attempt, reason: answer.reason }, "unusable model answer");
      continue;
    }
    try {
      const merged = await mergeSketch(current, sketch, answer.sketch);
      await commitEdit(state, obligation, current, merged.text);
      return;
    } catch (error) {
      if (!isCodeplanError(error) || error.code !== "unusable-answer") throw error;
      previousError = error.userMessage;
      logger.warn({ obligation: obligation.id, block: obligation.blockId, attempt, reason: error.userMessage }, "unusable model answer");
    }
  }
  state.plan.fail(obligation.id, previousError ?? "unusable answer");
}

async function commitEdit(state: LoopState, obligation: Obligation, current: ParsedFile, text: string): Promise<void> {
  if (text === current.text) {
    state.plan.markUnchanged(obligation.id);
    return;
  }
  const after = await parseWithFacts(current.file, text);
  if (!after) throw new Error(`merged text of ${current.file} is not readable`);
  const impacts = await applyFileEdit({ tree: state.params.tree, graph: state.params.graph, impact: state.params.impact, before: current, after });
  const beforeBlock = current.blocks.find((block) => block.id === obligation.blockId);
  const renamed = diffFile(current, after).find((change) => change.symbol === beforeBlock?.symbol && change.status === "renamed");
  const afterSymbol = renamed?.afterSymbol ?? beforeBlock?.symbol;
  const afterBlock = after.blocks.find((block) => block.symbol === afterSymbol);
  state.plan.complete(obligation.id, {
    blockId: obligation.blockId,
    afterBlockId: afterBlock?.id ?? obligation.blockId,
    before: beforeBlock?.text ?? "",
    after: afterBlock?.text ?? "",
  });
  plan(state, obligation.id, impacts);
}

/** 4. Visits obligations until none is pending or a limit is reached. */
async function drain(state: LoopState): Promise<StopReason | undefined> {
  for (let obligation = state.plan.next(); obligation; obligation = state.plan.next()) {
    if (state.params.signal?.aborted) return "cancelled";
    if (state.visited >= state.limits.maxObligations) return "obligation-limit";
    state.visited++;
    state.params.logger.info({ obligation: obligation.id, block: obligation.blockId }, "visiting obligation");
    await visit(state, obligation);
  }
  return undefined;
}

/**
 * CodePlan's propagate loop over ports: seeds → plan → visit each obligation (sketch, model,
 * merge, incremental graph update, may-impact rules → new obligations) → oracle → repeat with the
 * oracle's new diagnostics as seeds until it is clean or a limit is reached.
 */
export async function propagate(params: PropagateParams): Promise<PropagateResult> {
  const state: LoopState = { params, limits: { ...DEFAULT_LIMITS, ...params.limits }, plan: new PlanGraph(), visited: 0 };
  // 1. seeds: the developer's edits (completed roots) and instruction targets (pending roots)
  for (const seed of params.seeds) {
    if (seed.kind === "edit") await seedEdits(state, seed.files);
    else if (seed.kind === "instruction") for (const blockId of seed.blockIds) state.plan.addRoot(blockId, params.instruction);
    else state.plan.addRoot(seed.blockId, `${params.instruction}\nFix: ${seed.message}`, { text: seed.message });
  }
  // 2. visit obligations, 3. oracle rounds until clean
  let oracleRounds = 0;
  for (;;) {
    const stopped = await drain(state);
    if (stopped) return { plan: state.plan, visited: state.visited, oracleRounds, stoppedBecause: stopped };
    if (!params.oracle) break;
    if (oracleRounds >= state.limits.maxOracleRounds) return { plan: state.plan, visited: state.visited, oracleRounds, stoppedBecause: "oracle-round-limit" };
    oracleRounds++;
    const diagnostics = await params.oracle(params.signal);
    if (diagnostics.length === 0) break;
    for (const diagnostic of diagnostics) state.plan.addRoot(diagnostic.blockId, `${params.instruction}\nFix: ${diagnostic.message}`, { text: `oracle: ${diagnostic.message}` });
    if (!state.plan.next()) break;
  }
  return { plan: state.plan, visited: state.visited, oracleRounds, stoppedBecause: "done" };
}
