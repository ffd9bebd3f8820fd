import type { Diagnostic } from "../../ports.js";
import { outputLines } from "../output-lines.js";
import type { ParseContext } from "../parse-context.js";
import { pythonTracebackFrame } from "./python-frame.js";
import { testFailureDiagnostics, type Frame, type TestFailure } from "./test-failure.js";

// `ERROR: test_loader (tests.test_config.ConfigTest.test_loader)` / `FAIL: …`
const TEST_HEADER = /^(?:ERROR|FAIL): (.+)$/;
// `=====` before each test's report, `Ran 3 tests in 0.001s` after the last.
const TEST_END = /^(={10,}|Ran \d+ tests? in )/;

/**
 * Diagnostics from Python tracebacks: `python -m unittest` reports (each traceback belongs to the
 * `ERROR:`/`FAIL:` test above it) and plain crashes of a Python program. Each traceback gives one
 * diagnostic per repository frame, innermost first, with its final exception line as the message.
 */
export function parseUnittest(output: string, context: ParseContext): Diagnostic[] {
  return readTracebacks(outputLines(output)).flatMap((failure) => testFailureDiagnostics(failure, "unittest", context));
}

function readTracebacks(lines: readonly string[]): TestFailure[] {
  const failures: TestFailure[] = [];
  let test = "";
  let frames: Frame[] | undefined;
  for (const line of lines) {
    const header = TEST_HEADER.exec(line);
    if (header) test = testName(header[1] ?? "");
    else if (TEST_END.test(line)) test = "";
    if (line.startsWith("Traceback (most recent call last):")) {
      frames = [];
      continue;
    }
    if (!frames) continue;
    const frame = pythonTracebackFrame(line);
    if (frame) frames.push(frame);
    else if (line !== "" && !/^\s/.test(line)) {
      // The first unindented line after the frames is the exception that ended the traceback.
      failures.push({ test, message: line.trim(), frames: frames.reverse() });
      frames = undefined;
    }
  }
  return failures;
}

/** `test_x (pkg.mod.Case.test_x)` (3.11+) or `test_x (pkg.mod.Case)` → `pkg.mod.Case.test_x`. */
function testName(header: string): string {
  const match = /^(\S+) \(([\w.]+)\)(.*)$/.exec(header);
  if (!match) return header.trim();
  const [, name = "", path = "", rest = ""] = match;
  const qualified = path === name || path.endsWith(`.${name}`) ? path : `${path}.${name}`;
  return `${qualified}${rest}`.trim();
}
