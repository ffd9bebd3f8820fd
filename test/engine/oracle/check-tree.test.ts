import { checkTree } from "../../../src/engine/oracle/check-tree.js";
import type { Diagnostic, Oracle, OracleResult } from "../../../src/engine/ports.js";
import { makeRepo } from "../../helpers/make-repo.js";

function fakeOracle(result: Partial<OracleResult>): Oracle & { runs: number } {
  return {
    name: "fake",
    runs: 0,
    async run(): Promise<OracleResult> {
      this.runs++;
      return { diagnostics: [], exitCode: 0, timedOut: false, rawOutput: "", command: "fake check", durationMs: 5, ...result };
    },
  };
}

const at = (file: string, line: number): Diagnostic => ({ file, line, severity: "error", message: "m", source: "generic" });

describe("checkTree", () => {
  const tree = makeRepo({
    "app/a.py": "import os\n\n\ndef run():\n    return os.getcwd()\n",
    "README.md": "# app\n",
  });

  it("places the run's diagnostics in the blocks of the tree as it is now", async () => {
    const oracle = fakeOracle({ exitCode: 1, diagnostics: [at("app/a.py", 5), at("app/a.py", 1), at("README.md", 1), at("app/gone.py", 3)] });
    const entries = await checkTree({ oracle, tree });
    expect(oracle.runs).toBe(1);
    expect(entries.map((entry) => [entry.diagnostic.file, entry.block?.id])).toEqual([
      ["app/a.py", "app/a.py::run"],
      ["app/a.py", "app/a.py::<module>"],
      ["README.md", undefined],
      ["app/gone.py", undefined],
    ]);
  });

  it("refuses a run that timed out instead of calling the tree clean", async () => {
    await expect(checkTree({ oracle: fakeOracle({ timedOut: true, exitCode: null }), tree })).rejects.toMatchObject({ code: "oracle-timeout" });
  });
});
