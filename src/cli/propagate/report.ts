import type { Obligation, PropagateResult, StopReason } from "../../engine/index.js";

/** The run's outcome in numbers: model edits (the developer's own seeds are not counted), spending, time. */
export interface RunSummary {
  /** Blocks a planning run would send to the model. */
  planned?: number;
  edited: number;
  /** Of the blocks visited (or, when planning, besides the planned ones), those done without the model: mechanical renames. */
  mechanical: number;
  unchanged: number;
  failed: number;
  /** Planned but not visited: the run stopped first. */
  notReached: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
  dollars: number;
  seconds: number;
  stoppedBecause: StopReason;
  error?: string;
  /** Files the run changed, as written to the working tree. */
  files: string[];
  commit?: string;
}

const STOPPED: Record<StopReason, string> = {
  done: "done",
  cancelled: "cancelled",
  "model-error": "the model call failed",
  "oracle-round-limit": "the oracle still reports errors after the last allowed round",
  "obligation-limit": "the obligations budget ran out (budgets.obligations)",
  "input-token-limit": "the input token budget ran out (budgets.inputTokens)",
  "output-token-limit": "the output token budget ran out (budgets.outputTokens)",
  "dollar-limit": "the dollar budget ran out (budgets.dollars)",
  "time-limit": "the time budget ran out (budgets.wallSeconds)",
};

/** The developer's own edit: a seed, never sent to the model. */
export function isDevelopersEdit(obligation: Obligation): boolean {
  return obligation.causes.some((cause) => cause.source === "developer");
}

/**
 * Statuses as reported; on a planning run (dry run, no API key) nothing was asked, so visited
 * blocks are "planned", and the only edits are the mechanical ones (renames done without the model).
 */
function statusOf(obligation: Obligation, planning: boolean): string {
  if (isDevelopersEdit(obligation)) return "seed";
  if (planning && obligation.mechanical) return "mechanical";
  if (planning && obligation.status === "unchanged") return "planned";
  return obligation.status === "running" ? "pending" : obligation.status;
}

/** Counts and spending of a finished run. */
export function summarise(result: PropagateResult, files: string[], seconds: number, planning: boolean): RunSummary {
  const visited = result.plan.all().filter((obligation) => statusOf(obligation, planning) !== "seed");
  const count = (status: string) => visited.filter((obligation) => statusOf(obligation, planning) === status).length;
  const { spending } = result;
  return {
    ...(planning ? { planned: count("planned") } : {}),
    edited: count("edited"),
    mechanical: spending.mechanicalEdits,
    unchanged: count("unchanged"),
    failed: count("failed"),
    notReached: count("pending"),
    inputTokens: spending.inputTokens + spending.cacheReadInputTokens + spending.cacheCreationInputTokens,
    outputTokens: spending.outputTokens,
    cacheReadInputTokens: spending.cacheReadInputTokens,
    cacheCreationInputTokens: spending.cacheCreationInputTokens,
    dollars: spending.dollars,
    seconds: Math.round(seconds * 10) / 10,
    stoppedBecause: result.stoppedBecause,
    ...(result.error ? { error: result.error } : {}),
    files,
  };
}

/** One line per finished obligation, as the run goes. */
export function progressLine(obligation: Obligation, planning: boolean): string {
  const cause = obligation.causes[0];
  const why = obligation.status === "failed" ? `: ${obligation.failure ?? "failed"}` : cause?.fromBlockId ? `  (${cause.relation ?? "related"} ${cause.fromBlockId})` : cause?.source === "oracle" ? `  (${cause.text})` : "";
  return `${`#${obligation.id}`.padStart(4)} ${statusOf(obligation, planning).padEnd(9)} ${obligation.blockId}${why}\n`;
}

/** The plan as JSON: every obligation with its status and causes, and the summary. */
export function toJson(result: PropagateResult, summary: RunSummary) {
  const planning = summary.planned !== undefined;
  return {
    obligations: result.plan.all().map((obligation) => ({
      block: obligation.blockId,
      status: statusOf(obligation, planning),
      causes: obligation.causes
        .filter((cause) => cause.source === "impact" || cause.source === "oracle")
        .map((cause) => ({ from: cause.fromBlockId ?? null, relation: cause.relation ?? cause.source, text: cause.text })),
      ...(obligation.failure ? { failure: obligation.failure } : {}),
    })),
    summary,
  };
}

/** The closing lines a person reads. */
export function summaryText(summary: RunSummary): string {
  const mechanical = summary.mechanical > 0 ? ` (${summary.mechanical} of them without the model)` : "";
  if (summary.planned !== undefined) {
    const renames = summary.mechanical > 0 ? ` and ${summary.mechanical} renamed without the model` : "";
    return `${summary.planned} blocks planned${renames}; no model call was made and nothing was written.\n`;
  }
  const lines = [
    `${summary.edited} edited, ${summary.unchanged} unchanged, ${summary.failed} failed${summary.notReached > 0 ? `, ${summary.notReached} not reached` : ""}${mechanical}.`,
    `${summary.inputTokens.toLocaleString("en-US")} input tokens (${summary.cacheReadInputTokens.toLocaleString("en-US")} from the prompt cache), ${summary.outputTokens.toLocaleString("en-US")} output tokens, $${summary.dollars.toFixed(4)}, ${summary.seconds.toFixed(1)} s.`,
  ];
  if (summary.stoppedBecause !== "done") lines.push(`Stopped early: ${STOPPED[summary.stoppedBecause]}${summary.error ? `: ${summary.error}` : ""}.`);
  if (summary.files.length > 0) lines.push(`${summary.commit ? `Committed ${summary.commit.slice(0, 12)}` : "Changed in the working tree"}: ${summary.files.join(", ")}`);
  return `${lines.join("\n")}\n`;
}
