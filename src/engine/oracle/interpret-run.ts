import { CodeplanError, isCodeplanError } from "../errors/codeplan-error.js";
import type { Diagnostic } from "../ports.js";
import { ORACLE_FORMATS, type OracleFormatId } from "./oracle-formats.js";
import { outputExcerpt } from "./output-excerpt.js";
import type { ParseContext } from "./parse-context.js";

/** A finished oracle process, as an adapter captured it. */
export interface OracleRun {
  /** The command as a person would type it, for messages. */
  command: string;
  format: OracleFormatId;
  stdout: string;
  stderr: string;
  /** Null when a signal killed the process. */
  exitCode: number | null;
  /** True when output past the capture limit was dropped. */
  outputTruncated?: boolean;
}

/**
 * The diagnostics of a finished run. Exit code 0 with nothing recognised is a clean run; a crash
 * — killed by a signal, an exit code the format calls a failure, or a non-zero exit without a single
 * diagnostic in the repository — and output the format's parser rejects throw a CodeplanError
 * (`oracle-crashed`, `oracle-output-unparsable`) that names the command and shows the output's end.
 */
export function interpretOracleRun(run: OracleRun, context: ParseContext): Diagnostic[] {
  const format = ORACLE_FORMATS[run.format];
  if (run.exitCode === null) throw crashed(run, "was killed by a signal before it finished");
  if (format.completedExitCodes && !format.completedExitCodes.includes(run.exitCode)) {
    throw crashed(run, `exited with code ${run.exitCode}, which ${run.format} uses for a failure of the tool itself`);
  }
  const output = format.reads === "stdout" ? run.stdout : joinStreams(run.stdout, run.stderr);
  const diagnostics = parseOrExplain(run, output, context);
  if (run.exitCode !== 0 && diagnostics.length === 0) {
    throw crashed(run, `exited with code ${run.exitCode} but printed no ${run.format} diagnostic for a file of the repository`);
  }
  return diagnostics;
}

function parseOrExplain(run: OracleRun, output: string, context: ParseContext): Diagnostic[] {
  try {
    return ORACLE_FORMATS[run.format].parse(output, context);
  } catch (error) {
    if (!isCodeplanError(error)) throw error;
    const truncated = run.outputTruncated ? " (its output was cut at the capture limit)" : "";
    throw new CodeplanError({
      code: error.code,
      userMessage: `The oracle \`${run.command}\` printed output codeplan cannot read${truncated}. ${error.userMessage}${excerptBlock(run)}`,
      cause: error,
    });
  }
}

function crashed(run: OracleRun, what: string): CodeplanError {
  return new CodeplanError({
    code: "oracle-crashed",
    userMessage: `The oracle \`${run.command}\` ${what}. Check that it runs in the repository.${excerptBlock(run)}`,
  });
}

function excerptBlock(run: OracleRun): string {
  const excerpt = outputExcerpt(joinStreams(run.stdout, run.stderr));
  return excerpt === "" ? " It printed nothing." : ` Its output ends with:\n\`\`\`\n${excerpt}\n\`\`\``;
}

function joinStreams(stdout: string, stderr: string): string {
  if (stdout === "" || stderr === "") return stdout + stderr;
  return stdout.endsWith("\n") ? stdout + stderr : `${stdout}\n${stderr}`;
}
