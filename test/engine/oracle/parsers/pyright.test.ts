import { parsePyright } from "../../../../src/engine/oracle/parsers/pyright.js";
import { tempDir } from "../../../helpers/temp-dir.js";
import { projectBin, runTool, type ToolRun } from "../run-tool.js";

// A two-file package whose caller misses the new parameter of a library method, plus a warning.
const PACKAGE = {
  "pkg/__init__.py": "",
  "pkg/lib.py": ["class Client:", "    def send(self, msg: str, timeout: float) -> None:", "        print(msg, timeout)", ""].join("\n"),
  "pkg/app.py": [
    "from pkg.lib import Client",
    "",
    "",
    "def run() -> None:",
    '    Client().send("hello")',
    "",
    "",
    "def compare(a: int) -> None:",
    "    a == 1",
    "",
  ].join("\n"),
};

describe("parsePyright on real pyright --outputjson output", () => {
  let run: ToolRun;
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir(PACKAGE));
    run = await runTool([projectBin("pyright"), "--outputjson", "-p", root], root);
  });
  afterAll(() => cleanup());

  it("reports the missing argument at its 1-based position, with a repository path and the rule as code", () => {
    // pyright printed (trimmed): {"generalDiagnostics": [{"file": "<root>/pkg/app.py", "severity": "error",
    // "message": "Argument missing for parameter \"timeout\"", "range": {"start": {"line": 4, "character": 4}, …},
    // "rule": "reportCallIssue"}, {… "severity": "warning", … "rule": "reportUnusedExpression"}], "summary": {…}}
    expect(run.status).toBe(1);
    expect(parsePyright(run.stdout, { repoRoot: root })).toEqual([
      {
        file: "pkg/app.py",
        line: 5,
        column: 5,
        severity: "error",
        code: "reportCallIssue",
        message: 'Argument missing for parameter "timeout"',
        source: "pyright",
      },
      {
        file: "pkg/app.py",
        line: 9,
        column: 5,
        severity: "warning",
        code: "reportUnusedExpression",
        message: "Expression value is unused",
        source: "pyright",
      },
    ]);
  });
});

describe("parsePyright edge cases", () => {
  const report = (entries: object[]): string => JSON.stringify({ version: "1.1.414", generalDiagnostics: entries, summary: {} }, null, 4);
  const entry = (file: string, severity: string, line = 0): object => ({
    file,
    severity,
    message: "m",
    range: { start: { line, character: 2 }, end: { line, character: 3 } },
    rule: "reportX",
  });

  it("leaves out information entries and files outside the repository", () => {
    const output = report([entry("/repo/a.py", "information"), entry("/usr/lib/python3/x.py", "error"), entry("/repository/a.py", "error"), entry("/repo/b.py", "error", 3)]);
    expect(parsePyright(output, { repoRoot: "/repo" })).toEqual([
      { file: "b.py", line: 4, column: 3, severity: "error", code: "reportX", message: "m", source: "pyright" },
    ]);
  });

  it("places Windows paths inside a Windows root, whatever the drive letter's case", () => {
    const output = report([entry("c:\\work\\repo\\pkg\\a.py", "error")]);
    expect(parsePyright(output, { repoRoot: "C:\\work\\repo" }).map((d) => d.file)).toEqual(["pkg/a.py"]);
  });

  it("accepts a report after a line some wrapper printed first, and an empty report as clean", () => {
    expect(parsePyright(`npx: installed 1 package\n${report([entry("/repo/a.py", "error")])}`, { repoRoot: "/repo" })).toHaveLength(1);
    expect(parsePyright(report([]), { repoRoot: "/repo" })).toEqual([]);
  });

  it.each([
    ["text without JSON", "Error: something went wrong", /holds no JSON object/],
    ["broken JSON", '{"generalDiagnostics": [', /JSON does not parse/],
    ["JSON of another shape", '{"diagnostics": []}', /no generalDiagnostics list/],
  ])("rejects %s as unparsable", (_name, output, reason) => {
    expect(() => parsePyright(output, { repoRoot: "/repo" })).toThrow(expect.objectContaining({ code: "oracle-output-unparsable", userMessage: expect.stringMatching(reason) }));
  });
});
