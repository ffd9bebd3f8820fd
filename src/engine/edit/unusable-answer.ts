import { CodeplanError } from "../errors/codeplan-error.js";
import type { Sketch } from "./sketch.js";

/** The error for an answer that cannot be merged; the propagate loop retries once with `reason`. */
export function unusableAnswer(sketch: Sketch, reason: string): CodeplanError {
  return new CodeplanError({
    code: "unusable-answer",
    userMessage: `The edit of ${sketch.targetId} could not be applied: ${reason}`,
    location: { file: sketch.file },
  });
}
