import type { Diagnostic } from "../../ports.js";
import { outputLines } from "../output-lines.js";
import type { ParseContext } from "../parse-context.js";
import { pythonTracebackFrame } from "./python-frame.js";
import { testFailureDiagnostics, type Frame, type TestFailure } from "./test-failure.js";

// `____ ConfigTest.test_loader ____`, `____ ERROR collecting tests/test_a.py ____`
const SECTION = /^_{3,} (.+?) _{3,}$/;
// `=== short test summary info ===` and every other `=` rule ends the failure sections.
const RULE = /^={3,}/;
// `tests/test_config.py:8: in test_loader` (--tb=short), `app/config.py:2: KeyError` (--tb=long)
const LOCATION = /^((?:[A-Za-z]:)?[^\s:>][^:]*?):(\d+):(?: in \S+| [\w.]+)?\s*$/;
// `E   KeyError: 'api_endpoint'`
const EXPLANATION = /^E\s+(\S.*)$/;
// The exception line that closes a --tb=native traceback.
const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(?::|$)/;

/**
 * Diagnostics from pytest's failure report (`--tb=short`, `--tb=long` (the default) or
 * `--tb=native`): every failing test or collection error gives one diagnostic per repository frame,
 * innermost first, with the first `E` line as its message. For `--tb=line`, use the generic format.
 */
export function parsePytest(output: string, context: ParseContext): Diagnostic[] {
  return readFailures(outputLines(output)).flatMap((failure) => testFailureDiagnostics(failure, "pytest", context));
}

function readFailures(lines: readonly string[]): TestFailure[] {
  const failures: TestFailure[] = [];
  let current: { test: string; message: string | undefined; exception: string | undefined; frames: Frame[] } | undefined;
  const close = (): void => {
    if (current) failures.push({ test: current.test, message: current.message ?? current.exception ?? "failed", frames: current.frames.reverse() });
    current = undefined;
  };
  for (const line of lines) {
    const section = SECTION.exec(line);
    if (section) {
      close();
      current = { test: section[1] ?? "", message: undefined, exception: undefined, frames: [] };
      continue;
    }
    if (RULE.test(line)) close();
    if (!current) continue;
    const frame = readFrame(line);
    if (frame) {
      current.frames.push(frame);
      continue;
    }
    const explanation = EXPLANATION.exec(line)?.[1];
    if (explanation !== undefined) current.message ??= explanation.trim();
    else if (current.frames.length > 0 && EXCEPTION_LINE.test(line) && !line.startsWith("Traceback")) current.exception = line.trim();
  }
  close();
  return failures;
}

function readFrame(line: string): Frame | undefined {
  const location = LOCATION.exec(line);
  if (location) return { path: location[1] ?? "", line: Number(location[2]) };
  return pythonTracebackFrame(line);
}
