import type { DiagnosticInBlock } from "../../../src/engine/oracle/diagnostic-in-block.js";
import { mapDiagnosticsToBlocks } from "../../../src/engine/oracle/map-diagnostics-to-blocks.js";
import { newDiagnostics } from "../../../src/engine/oracle/new-diagnostics.js";
import type { Diagnostic } from "../../../src/engine/ports.js";
import { parseOne } from "../../helpers/make-repo.js";

const MISSING = 'Argument missing for parameter "timeout"';

function error(line: number, message = MISSING, code = "reportCallIssue"): Diagnostic {
  return { file: "app/cli.py", line, severity: "error", code, message, source: "pyright" };
}

async function inBlocks(text: string, diagnostics: Diagnostic[]): Promise<DiagnosticInBlock[]> {
  return mapDiagnosticsToBlocks(diagnostics, [await parseOne("app/cli.py", text)]);
}

const symbols = (entries: DiagnosticInBlock[]): Array<string | undefined> => entries.map((entry) => entry.block?.symbol);

// Before the change `legacy` already misses the argument (line 5).
const BEFORE = ["from app.net import send", "", "", "def legacy():", '    send("a")', "", "", "def check():", '    send("b", 1.0)', ""].join("\n");
// The change adds a helper above (every line moves down by 4) and breaks `check` the same way.
const AFTER = [
  "from app.net import send",
  "",
  "",
  "def helper():",
  "    return 1",
  "",
  "",
  "def legacy():",
  '    send("a")',
  "",
  "",
  "def check():",
  '    send("b")',
  "",
].join("\n");

describe("newDiagnostics", () => {
  it("ignores an error that was there before although its line moved, and keeps the new one with the same message", async () => {
    const baseline = await inBlocks(BEFORE, [error(5)]);
    const current = await inBlocks(AFTER, [error(9), error(13)]);
    const fresh = newDiagnostics(baseline, current);
    expect(fresh.map((entry) => entry.diagnostic.line)).toEqual([13]);
    expect(symbols(fresh)).toEqual(["check"]);
  });

  it("prefers a baseline entry in the same block over a nearer line in another block", async () => {
    // `check` is now above `legacy`, so the new error in `check` sits where legacy's old one was.
    const moved = ["from app.net import send", "", "", "def check():", '    send("b")', "", "", "def legacy():", '    send("a")', ""].join("\n");
    const baseline = await inBlocks(BEFORE, [error(5)]);
    const current = await inBlocks(moved, [error(5), error(9)]);
    expect(symbols(newDiagnostics(baseline, current))).toEqual(["check"]);
  });

  it("counts: two identical errors before and three after leave one new", () => {
    const baseline = [error(3), error(7)].map((diagnostic) => ({ diagnostic }));
    const current = [error(4), error(8), error(30)].map((diagnostic) => ({ diagnostic }));
    expect(newDiagnostics(baseline, current).map((entry) => entry.diagnostic.line)).toEqual([30]);
  });

  it("treats another code, another message or another file as another diagnostic", () => {
    const baseline = [{ diagnostic: error(5) }];
    const current = [error(5, MISSING, "reportArgumentType"), error(5, 'Argument missing for parameter "retries"'), { ...error(5), file: "app/other.py" }].map(
      (diagnostic) => ({ diagnostic }),
    );
    expect(newDiagnostics(baseline, current)).toEqual(current);
  });

  it("ignores differences in whitespace and memory addresses, which change from run to run", () => {
    const failure = (address: string, line: number): Diagnostic => ({
      file: "tests/test_a.py",
      line,
      severity: "error",
      code: "TypeError",
      message: `test_a: TypeError: <app.Client object at ${address}>  is not callable`,
      source: "pytest",
    });
    const baseline = [{ diagnostic: failure("0x7f2dbb4d0590", 12) }];
    const current = [{ diagnostic: { ...failure("0x7f11aa001230", 14), message: failure("0x7f11aa001230", 14).message.replace("  ", " ") } }];
    expect(newDiagnostics(baseline, current)).toEqual([]);
  });

  it("counts an error fixed in one block and made in another of the same file as old (the documented price of not trusting lines)", async () => {
    const baseline = await inBlocks(BEFORE, [error(5)]);
    const fixedAndBroken = BEFORE.replace('send("a")', 'send("a", 1.0)').replace('send("b", 1.0)', 'send("b")');
    const current = await inBlocks(fixedAndBroken, [error(9)]);
    expect(newDiagnostics(baseline, current)).toEqual([]);
  });

  it("returns the current entries themselves, in their order, when nothing was there before", () => {
    const current = [{ diagnostic: error(9) }, { diagnostic: error(2) }];
    const fresh = newDiagnostics([], current);
    expect(fresh).toEqual(current);
    expect(fresh[0]).toBe(current[0]);
  });
});
