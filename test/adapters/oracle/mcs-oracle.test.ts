import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { mcsOracle } from "../../../src/adapters/oracle/mcs-oracle.js";
import { tempDir } from "../../helpers/temp-dir.js";

const ORDER = "namespace Shop\n{\n    public class Order\n    {\n        public Order(string id, int qty) { }\n    }\n}\n";
const PROGRAM = 'namespace Shop\n{\n    public class Program\n    {\n        public static Order Make()\n        {\n            return new Order("a");\n        }\n    }\n}\n';

describe("mcsOracle, end to end", () => {
  it("compiles the given files and reports the missing constructor argument, leaving no output behind", async () => {
    const { path: root, cleanup } = await tempDir({ "src/Shop/Order.cs": ORDER, "src/Shop/Program.cs": PROGRAM });
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith("codeplan-mcs-"));
    try {
      const result = await mcsOracle({ repoRoot: root, files: ["src/Shop/Order.cs", "src/Shop/Program.cs"] }).run();
      expect(result).toMatchObject({ exitCode: 1, timedOut: false, command: "mcs -target:library src/Shop/Order.cs src/Shop/Program.cs" });
      expect(result.diagnostics).toEqual([
        {
          file: "src/Shop/Program.cs",
          line: 7,
          column: 20,
          severity: "error",
          code: "CS1729",
          message: "The type `Shop.Order' does not contain a constructor that takes `1' arguments",
          source: "csharp",
        },
      ]);
    } finally {
      await cleanup();
    }
    const after = (await readdir(tmpdir())).filter((name) => name.startsWith("codeplan-mcs-"));
    expect(after).toEqual(before);
  });
});
