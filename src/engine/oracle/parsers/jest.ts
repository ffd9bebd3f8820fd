import type { Diagnostic } from "../../ports.js";
import { outputLines } from "../output-lines.js";
import type { ParseContext } from "../parse-context.js";
import { testFailureDiagnostics, type Frame, type TestFailure } from "./test-failure.js";

// `  ● Loader › loads the endpoint`
const FAILURE_HEADER = /^ {2}● (.+)$/;
// `at Loader.load (src/config.js:10:12)`, `at /abs/src/a.test.ts:12:5`
const STACK_FRAME = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;

/**
 * Diagnostics from jest's failure report: each `●` failure gives one diagnostic per repository
 * stack frame, innermost first (as JavaScript stacks print), with the failure's first line as its
 * message. A failure's report is the indented block under its header; repeats are dropped.
 */
export function parseJest(output: string, context: ParseContext): Diagnostic[] {
  const diagnostics = readFailures(outputLines(output)).flatMap((failure) => testFailureDiagnostics(failure, "jest", context));
  // Past 20 suites jest repeats every failure under "Summary of all failing tests".
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = JSON.stringify(diagnostic);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readFailures(lines: readonly string[]): TestFailure[] {
  const failures: TestFailure[] = [];
  let current: TestFailure | undefined;
  for (const line of lines) {
    const header = FAILURE_HEADER.exec(line);
    if (header) {
      current = { test: header[1]?.trim() ?? "", message: "", frames: [] };
      failures.push(current);
      continue;
    }
    // The report is indented by four spaces; console output and the next file's results are not.
    if (line.trim() !== "" && !line.startsWith("    ")) current = undefined;
    if (!current) continue;
    const frame = stackFrame(line);
    if (frame) current.frames.push(frame);
    else if (current.message === "" && line.trim() !== "") current.message = line.trim();
  }
  return failures.map((failure) => ({ ...failure, message: failure.message === "" ? "failed" : failure.message }));
}

function stackFrame(line: string): Frame | undefined {
  const match = STACK_FRAME.exec(line);
  if (!match) return undefined;
  return { path: match[1] ?? "", line: Number(match[2]), column: Number(match[3]) };
}
