import { diffFile } from "../diff/diff-blocks.js";
import type { Impact } from "../impact/impact.js";
import type { ParsedFile } from "../model/block.js";
import { isSkipped } from "../model/parse-file.js";
import type { CodeGraph } from "../graph/code-graph.js";
import type { Obligation } from "../plan/obligation.js";
import { applyFileEdit } from "./apply-file-edit.js";
import { awaitsSameRenames, renamesAskedBy } from "./mechanical-outcome.js";
import type { LoopState } from "./loop-state.js";

/** A new version of a file, parsed with facts — incrementally from the graph's kept tree when it has one. */
export async function parseWithFacts(graph: CodeGraph, path: string, text: string): Promise<ParsedFile | undefined> {
  const parsed = await graph.reparse(path, new TextEncoder().encode(text));
  return isSkipped(parsed) ? undefined : parsed;
}

/**
 * Plans the impacts of obligation `from`'s edit, except straight back to the blocks that caused it
 * and, after an edit made without the model, onto blocks that wait for that same rename.
 */
export function planImpacts(state: LoopState, from: number, impacts: readonly Impact[]): void {
  const source = state.plan.getOrThrow(from);
  const causes = new Set(source.causes.map((cause) => cause.fromBlockId));
  const renamed = source.mechanical ? renamesAskedBy(source) : undefined;
  for (const impact of impacts) {
    if (causes.has(impact.blockId)) continue;
    if (renamed && awaitsSameRenames(state.plan, impact.blockId, renamed)) continue;
    state.plan.addDerived({ from, blockId: impact.blockId, relation: impact.relation, cause: impact.cause, instruction: state.params.instruction, ...(impact.mechanical ? { mechanical: impact.mechanical } : {}) });
  }
}

/** Writes an obligation's merged file, updates the graph, completes the obligation and plans what the edit impacts. */
export async function recordEdit(state: LoopState, obligation: Obligation, current: ParsedFile, text: string): Promise<void> {
  const after = await parseWithFacts(state.params.graph, current.file, text);
  if (!after) {
    state.plan.fail(obligation.id, `the edited ${current.file} could not be read back`);
    return;
  }
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
  planImpacts(state, obligation.id, impacts);
}
