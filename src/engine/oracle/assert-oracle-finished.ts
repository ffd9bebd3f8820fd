import { CodeplanError } from "../errors/codeplan-error.js";
import type { OracleResult } from "../ports.js";

/** Throws `oracle-timeout` when the run hit its time limit, so that no caller mistakes it for a clean run. */
export function assertOracleFinished(result: OracleResult): void {
  if (!result.timedOut) return;
  const seconds = Math.round(result.durationMs / 100) / 10;
  throw new CodeplanError({
    code: "oracle-timeout",
    userMessage: `The oracle \`${result.command}\` was stopped after ${seconds} s because it did not finish within its time limit. Raise the limit or make the command faster.`,
  });
}
