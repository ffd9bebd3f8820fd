import { parseGeneric } from "../../../../src/engine/oracle/parsers/generic.js";
import { tempDir } from "../../../helpers/temp-dir.js";
import { runTool, type ToolRun } from "../run-tool.js";

describe("parseGeneric on real gcc output", () => {
  let run: ToolRun;
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir({
      "src/calc.h": "int add(int a, int b);\n",
      "src/main.c": '#include "calc.h"\n\nint main(void) {\n    int unused;\n    return add(1);\n}\n',
    }));
    run = await runTool(["gcc", "-fsyntax-only", "-Wall", "src/main.c"], root);
  });
  afterAll(() => cleanup());

  it("reads errors and warnings, and skips notes, include chains and code frames", () => {
    // gcc printed on stderr:
    //   src/main.c: In function 'main':
    //   src/main.c:5:12: error: too few arguments to function 'add'   (+ a code frame)
    //   In file included from src/main.c:1:
    //   src/calc.h:1:5: note: declared here                             (+ a code frame)
    //   src/main.c:4:9: warning: unused variable 'unused' [-Wunused-variable]
    expect(run.status).toBe(1);
    const diagnostics = parseGeneric(run.stderr, { repoRoot: root });
    expect(diagnostics.map(({ file, line, column, severity }) => ({ file, line, column, severity }))).toEqual([
      { file: "src/main.c", line: 5, column: 12, severity: "error" },
      { file: "src/main.c", line: 4, column: 9, severity: "warning" },
    ]);
    expect(diagnostics[0]?.message).toMatch(/^too few arguments to function .add.$/);
    expect(diagnostics[1]?.source).toBe("generic");
  });
});

describe("parseGeneric edge cases", () => {
  it("takes a leading rule code, and lines without a column", () => {
    const output = "app/a.py:1:1: F401 'os' imported but unused\napp/b.py:7: something is off\n";
    expect(parseGeneric(output, { repoRoot: "/repo" })).toEqual([
      { file: "app/a.py", line: 1, column: 1, severity: "error", code: "F401", message: "'os' imported but unused", source: "generic" },
      { file: "app/b.py", line: 7, severity: "error", message: "something is off", source: "generic" },
    ]);
  });

  it("keeps a Windows drive letter with its path and places it in the repository", () => {
    expect(parseGeneric("C:\\repo\\app\\a.py:3:2: warning: deprecated call", { repoRoot: "C:/repo" })).toEqual([
      { file: "app/a.py", line: 3, column: 2, severity: "warning", message: "deprecated call", source: "generic" },
    ]);
  });

  it("ignores paths outside the repository, URLs, indented lines and prose", () => {
    const output = [
      "/usr/include/stdio.h:12:1: error: boom",
      "../sibling/x.py:1: error: elsewhere",
      "see https://example.com:443/docs for help",
      "    src/a.py:3: indented context",
      "Found 2 errors in 1 file (checked 3 source files)",
      "node:internal/modules/cjs/loader:1228: error: cannot find module",
    ].join("\n");
    expect(parseGeneric(output, { repoRoot: "/repo" })).toEqual([]);
  });
});
