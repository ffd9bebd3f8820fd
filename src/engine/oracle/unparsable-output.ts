import { CodeplanError } from "../errors/codeplan-error.js";

/** The error for output that is not in the format a parser expects (not valid pyright JSON, say). */
export function unparsableOutput(params: { format: string; reason: string; cause?: unknown }): CodeplanError {
  return new CodeplanError({
    code: "oracle-output-unparsable",
    userMessage: `The oracle's output is not ${params.format} output as expected: ${params.reason}.`,
    cause: params.cause,
  });
}
