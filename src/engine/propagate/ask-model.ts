import { mergeSketch } from "../edit/merge-sketch.js";
import type { Sketch } from "../edit/sketch.js";
import { isCodeplanError } from "../errors/codeplan-error.js";
import type { ParsedFile } from "../model/block.js";
import type { EditModel, EditRequest, Logger, ModelUsage } from "../ports.js";

/** What the model's work on one obligation came to, before anything is written. */
export type ModelOutcome = { kind: "unchanged" } | { kind: "merged"; text: string } | { kind: "failed"; reason: string };

/** Answers one model call may get: the first, and one retry that shows the model why the first was unusable. */
const ATTEMPTS = 2;

/**
 * Asks the model for one obligation's edit and merges the answer into `current` (in memory).
 * An unusable answer — not in the wire format, not parsable, or touching what the sketch folded —
 * is retried once with the reason; the retry is the same request plus that reason, so the outcome
 * does not depend on what other obligations did meanwhile. Rejects when the model call does.
 */
export async function askModel(params: {
  request: EditRequest;
  current: ParsedFile;
  sketch: Sketch;
  editModel: EditModel;
  logger: Logger;
  onUsage: (usage: ModelUsage | undefined) => void;
  signal?: AbortSignal;
}): Promise<ModelOutcome> {
  const { request, logger } = params;
  let previousError: string | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const answer = await params.editModel.edit(previousError ? { ...request, previousError } : request, params.signal);
    params.onUsage(answer.usage);
    if (answer.kind === "no-change") return { kind: "unchanged" };
    const merged = answer.kind === "unusable" ? answer : await mergeAnswer(params.current, params.sketch, answer.sketch);
    if (merged.kind !== "unusable") return merged;
    previousError = merged.reason;
    logger.warn({ obligation: request.obligationId, block: request.blockId, attempt, reason: merged.reason }, "unusable model answer");
  }
  return { kind: "failed", reason: previousError ?? "unusable answer" };
}

async function mergeAnswer(current: ParsedFile, sketch: Sketch, answer: string): Promise<ModelOutcome | { kind: "unusable"; reason: string }> {
  try {
    const merged = await mergeSketch(current, sketch, answer);
    return merged.text === current.text ? { kind: "unchanged" } : { kind: "merged", text: merged.text };
  } catch (error) {
    if (isCodeplanError(error) && error.code === "unusable-answer") return { kind: "unusable", reason: error.userMessage };
    throw error;
  }
}
