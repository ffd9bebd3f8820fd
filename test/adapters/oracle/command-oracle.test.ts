import { readFile } from "node:fs/promises";
import { CommandOracle } from "../../../src/adapters/command-oracle.js";
import { tempDir } from "../../helpers/temp-dir.js";

describe("CommandOracle", () => {
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir({ "app/a.py": "x = 1\n" }));
  });
  afterAll(() => cleanup());

  const shell = (script: string, options: { format?: "generic" | "pyright"; timeoutMs?: number; maxOutputBytes?: number } = {}): CommandOracle =>
    new CommandOracle({ argv: ["sh", "-c", script], repoRoot: root, format: options.format ?? "generic", ...options });

  it("runs in the repository root and parses stdout and stderr", async () => {
    const result = await shell("test -f app/a.py && echo 'app/a.py:1:5: warning: unused' && echo 'app/a.py:2: error: broken' >&2; exit 1").run();
    expect(result).toMatchObject({ exitCode: 1, timedOut: false, command: "sh -c 'test -f app/a.py && echo '\\''app/a.py:1:5: warning: unused'\\'' && echo '\\''app/a.py:2: error: broken'\\'' >&2; exit 1'" });
    expect(result.diagnostics).toEqual([
      { file: "app/a.py", line: 1, column: 5, severity: "warning", message: "unused", source: "generic" },
      { file: "app/a.py", line: 2, severity: "error", message: "broken", source: "generic" },
    ]);
    expect(result.rawOutput).toBe("app/a.py:1:5: warning: unused\napp/a.py:2: error: broken\n");
  });

  it("reports a clean run", async () => {
    const result = await shell("echo 'checked 1 file'").run();
    expect(result).toMatchObject({ diagnostics: [], exitCode: 0, timedOut: false, rawOutput: "checked 1 file\n" });
  });

  it("kills a command that runs past its time limit, with the children it started, and says timedOut", async () => {
    const oracle = shell("sleep 30 & echo $! > sleeper.pid; echo started; wait", { timeoutMs: 500 });
    const startedAt = Date.now();
    const result = await oracle.run();
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(result).toMatchObject({ diagnostics: [], exitCode: null, timedOut: true, rawOutput: "started\n" });
    const sleeper = Number(await readFile(`${root}/sleeper.pid`, "utf8"));
    expect(await isRunning(sleeper)).toBe(false);
  });

  it("does not wait for a background child that keeps the output open after the command exits", async () => {
    const startedAt = Date.now();
    const result = await shell("sleep 30 & echo $! > lingering.pid; echo done").run();
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, rawOutput: "done\n" });
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(await isRunning(Number(await readFile(`${root}/lingering.pid`, "utf8")))).toBe(false);
  });

  it("kills a plain `sleep` on timeout", async () => {
    const result = await new CommandOracle({ argv: ["sleep", "30"], repoRoot: root, format: "generic", timeoutMs: 300 }).run();
    expect(result.timedOut).toBe(true);
  });

  it("rejects when aborted, and kills the command", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const startedAt = Date.now();
    await expect(new CommandOracle({ argv: ["sleep", "30"], repoRoot: root, format: "generic" }).run(controller.signal)).rejects.toMatchObject({
      code: "oracle-aborted",
      userMessage: "The oracle `sleep 30` was cancelled.",
    });
    expect(Date.now() - startedAt).toBeLessThan(5000);
  });

  it("names the command that was not found", async () => {
    const oracle = new CommandOracle({ argv: ["codeplan-no-such-checker", "--all"], repoRoot: root, format: "generic" });
    await expect(oracle.run()).rejects.toMatchObject({
      code: "oracle-not-found",
      userMessage: "The oracle `codeplan-no-such-checker --all` could not start: `codeplan-no-such-checker` was not found. Install it, or fix the oracle command in .github/codeplan.yml.",
    });
  });

  it("says when the repository folder is missing rather than blaming the program", async () => {
    const oracle = new CommandOracle({ argv: ["true"], repoRoot: `${root}/no-such-folder`, format: "generic" });
    await expect(oracle.run()).rejects.toMatchObject({ code: "oracle-cannot-start", userMessage: expect.stringContaining("no-such-folder does not exist") });
  });

  it("turns garbage where pyright's JSON should be into an error, not a clean run", async () => {
    await expect(shell("echo 'Segmentation fault (core dumped)'", { format: "pyright" }).run()).rejects.toMatchObject({
      code: "oracle-output-unparsable",
      userMessage: expect.stringContaining("Segmentation fault (core dumped)"),
    });
  });

  it("turns a failing exit without a diagnostic into a crash that shows the output", async () => {
    await expect(shell("echo 'ModuleNotFoundError: No module named pytest' >&2; exit 4").run()).rejects.toMatchObject({
      code: "oracle-crashed",
      userMessage: expect.stringMatching(/exited with code 4 but printed no generic diagnostic[\s\S]*No module named pytest/),
    });
  });

  it("stops capturing at the limit and keeps the raw output short", async () => {
    // 200 000 diagnostic lines (about 3.6 MB); only the first 4 000 bytes are kept for parsing.
    const result = await shell("yes 'app/a.py:1: boom' | head -n 200000; exit 1", { maxOutputBytes: 4000 }).run();
    expect(result.diagnostics.length).toBeGreaterThan(100);
    expect(result.diagnostics.length).toBeLessThanOrEqual(4000 / 16);
    const big = await shell("yes 'all fine' | head -n 20000").run();
    expect(big.rawOutput.length).toBeLessThan(65_000);
    expect(big.rawOutput).toContain("characters left out");
  });

  it("refuses an empty command", () => {
    expect(() => new CommandOracle({ argv: [], repoRoot: root, format: "generic" })).toThrow(expect.objectContaining({ code: "oracle-command-empty" }));
  });
});

/** True when the process exists and is not a zombie waiting to be reaped. */
async function isRunning(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
    if (stat === undefined || /^\d+ \(.*\) Z/.test(stat)) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
