import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DiskSourceTree } from "../../../src/adapters/disk-source-tree.js";
import { pyrightOracle } from "../../../src/adapters/oracle/pyright-oracle.js";
import { mapDiagnosticsToBlocks, newDiagnostics, parseRepository, type DiagnosticInBlock, type Oracle, type OracleResult } from "../../../src/engine/index.js";
import { tempDir } from "../../helpers/temp-dir.js";

// `legacy` has had a type error all along; the change adds a parameter to `send` and a helper above
// `legacy`, which moves every line of cli.py down by four.
const NET_BEFORE = "def send(msg: str) -> None:\n    print(msg)\n";
const NET_AFTER = "def send(msg: str, timeout: float) -> None:\n    print(msg, timeout)\n";
const CLI_BEFORE = ["from pkg.net import send", "", "", "def legacy() -> None:", '    count: int = "many"', '    send("a", ) if count else None', "", "", "def check() -> None:", '    send("b")', ""].join("\n");
const CLI_AFTER = ["from pkg.net import send", "", "", "def helper() -> int:", "    return 1", "", "", ...CLI_BEFORE.split("\n").slice(3)].join("\n");

async function runAndMap(oracle: Oracle, root: string): Promise<{ result: OracleResult; mapped: DiagnosticInBlock[] }> {
  const result = await oracle.run();
  const { files } = await parseRepository(new DiskSourceTree(root));
  return { result, mapped: mapDiagnosticsToBlocks(result.diagnostics, files) };
}

describe("pyrightOracle, end to end", () => {
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir({ "pkg/__init__.py": "", "pkg/net.py": NET_BEFORE, "pkg/cli.py": CLI_BEFORE }));
  });
  afterAll(() => cleanup());

  it("finds only the diagnostics the change caused, in the blocks that must change", async () => {
    const oracle = pyrightOracle({ repoRoot: root });
    const { result: first, mapped: baseline } = await runAndMap(oracle, root);
    expect(first).toMatchObject({ exitCode: 1, timedOut: false, command: "pyright --outputjson -p ." });
    expect(first.rawOutput).toContain('"generalDiagnostics"');
    expect(baseline.map(({ diagnostic, block }) => [block?.id, diagnostic.line, diagnostic.code])).toEqual([["pkg/cli.py::legacy", 5, "reportAssignmentType"]]);

    await writeFile(join(root, "pkg/net.py"), NET_AFTER);
    await writeFile(join(root, "pkg/cli.py"), CLI_AFTER);
    const { mapped: current } = await runAndMap(oracle, root);
    // pyright now reports the old error four lines down, and a missing argument in both callers.
    expect(current.map(({ diagnostic, block }) => [block?.id, diagnostic.line])).toEqual([
      ["pkg/cli.py::legacy", 9],
      ["pkg/cli.py::legacy", 10],
      ["pkg/cli.py::check", 14],
    ]);
    expect(newDiagnostics(baseline, current).map(({ diagnostic, block }) => [block?.id, diagnostic.line, diagnostic.message])).toEqual([
      ["pkg/cli.py::legacy", 10, 'Argument missing for parameter "timeout"'],
      ["pkg/cli.py::check", 14, 'Argument missing for parameter "timeout"'],
    ]);
  });
});
