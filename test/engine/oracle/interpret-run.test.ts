import { interpretOracleRun, type OracleRun } from "../../../src/engine/oracle/interpret-run.js";

const context = { repoRoot: "/repo" };
const run = (overrides: Partial<OracleRun>): OracleRun => ({ command: "tool check", format: "generic", stdout: "", stderr: "", exitCode: 0, ...overrides });

describe("interpretOracleRun", () => {
  it("treats exit 0 without diagnostics as clean, whatever else was printed", () => {
    expect(interpretOracleRun(run({ stdout: "All good.\n" }), context)).toEqual([]);
  });

  it("returns the diagnostics of a failing run, reading stderr too", () => {
    expect(interpretOracleRun(run({ exitCode: 1, stdout: "checking\n", stderr: "a.py:3: boom\n" }), context)).toEqual([
      { file: "a.py", line: 3, severity: "error", message: "boom", source: "generic" },
    ]);
  });

  it("reads only stdout for pyright, whose stderr is chatter", () => {
    const stdout = JSON.stringify({ generalDiagnostics: [{ file: "/repo/a.py", severity: "error", message: "m", range: { start: { line: 0, character: 0 } } }] });
    expect(interpretOracleRun(run({ format: "pyright", exitCode: 1, stdout, stderr: "No configuration file found.\n" }), context)).toHaveLength(1);
  });

  it("calls a non-zero exit without a diagnostic in the repository a crash, naming the command and showing the output's end", () => {
    const crash = run({ exitCode: 2, stderr: "Traceback…\nImportError: no module named tool\n" });
    expect(() => interpretOracleRun(crash, context)).toThrow(
      expect.objectContaining({
        code: "oracle-crashed",
        userMessage: expect.stringMatching(/^The oracle `tool check` exited with code 2 but printed no generic diagnostic[\s\S]*ImportError: no module named tool/),
      }),
    );
  });

  it("calls a run a crash when its diagnostics all lie outside the repository", () => {
    expect(() => interpretOracleRun(run({ exitCode: 1, stdout: "/usr/include/x.h:1: boom" }), context)).toThrow(expect.objectContaining({ code: "oracle-crashed" }));
  });

  it("calls an exit code the format reserves for the tool's own failure a crash, even with a report", () => {
    const report = JSON.stringify({ generalDiagnostics: [] });
    expect(() => interpretOracleRun(run({ format: "pyright", exitCode: 3, stdout: report, stderr: 'Config file "/x" could not be read.' }), context)).toThrow(
      expect.objectContaining({ code: "oracle-crashed", userMessage: expect.stringContaining("exited with code 3") }),
    );
  });

  it("calls a run killed by a signal a crash, and says when it printed nothing", () => {
    expect(() => interpretOracleRun(run({ exitCode: null }), context)).toThrow(
      expect.objectContaining({ code: "oracle-crashed", userMessage: expect.stringMatching(/killed by a signal.*It printed nothing\.$/) }),
    );
  });

  it("passes on a parser's rejection with the command, the output and a note that the capture was cut", () => {
    const garbage = run({ format: "pyright", exitCode: 0, stdout: "<html>502 Bad Gateway</html>", outputTruncated: true });
    expect(() => interpretOracleRun(garbage, context)).toThrow(
      expect.objectContaining({
        code: "oracle-output-unparsable",
        userMessage: expect.stringMatching(/^The oracle `tool check` printed output codeplan cannot read \(its output was cut at the capture limit\)\. .*pyright --outputjson[\s\S]*502 Bad Gateway/),
      }),
    );
  });
});
