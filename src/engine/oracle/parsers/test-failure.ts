import type { Diagnostic, DiagnosticSource } from "../../ports.js";
import type { ParseContext } from "../parse-context.js";
import { toRepoPath } from "../repo-path.js";

/** One stack frame as a test runner printed it. */
export interface Frame {
  path: string;
  line: number;
  column?: number;
}

/** A failing test (or a crash) with its stack, innermost frame first. */
export interface TestFailure {
  /** The test's name as the runner printed it; empty when the failure belongs to no test. */
  test: string;
  /** The first line of the failure: the exception, or the assertion's summary. */
  message: string;
  /** Innermost first. */
  frames: Frame[];
}

// Installed packages live inside some repositories but are never the repository's own code.
const VENDORED_SEGMENT = /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|\.tox|__pypackages__)\//;
// `KeyError: 'x'`, `requests.exceptions.HTTPError: …`, `TypeError: x is not a function`.
const EXCEPTION_TYPE = /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*)(?::|$)/;

/**
 * One diagnostic per frame of the failure that lies in the repository's own code, innermost
 * first, each carrying the failure's message prefixed with the test's name; repeated frames
 * (recursion) appear once. The exception type, when the message starts with one, is the code.
 */
export function testFailureDiagnostics(failure: TestFailure, source: DiagnosticSource, context: ParseContext): Diagnostic[] {
  const message = failure.test === "" ? failure.message : `${failure.test}: ${failure.message}`;
  const code = EXCEPTION_TYPE.exec(failure.message)?.[1];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const frame of failure.frames) {
    const file = toRepoPath(frame.path, context);
    if (file === undefined || VENDORED_SEGMENT.test(file)) continue;
    const key = `${file}:${frame.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const diagnostic: Diagnostic = { file, line: frame.line, severity: "error", message, source };
    if (frame.column !== undefined) diagnostic.column = frame.column;
    if (code !== undefined) diagnostic.code = code;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
