import { tscOracle } from "../../../src/adapters/oracle/tsc-oracle.js";
import { tempDir } from "../../helpers/temp-dir.js";

describe("tscOracle, end to end", () => {
  it("type-checks the repository with its tsconfig.json", async () => {
    const { path: root, cleanup } = await tempDir({
      "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "nodenext", noEmit: true }, include: ["src"] }),
      "src/net.ts": "export function send(msg: string, timeout: number): void {\n  console.log(msg, timeout);\n}\n",
      "src/cli.ts": 'import { send } from "./net.js";\n\nexport function check(): void {\n  send("b");\n}\n',
    });
    try {
      const result = await tscOracle({ repoRoot: root }).run();
      expect(result).toMatchObject({ timedOut: false, command: "tsc --noEmit --pretty false -p ." });
      expect(result.diagnostics).toEqual([
        { file: "src/cli.ts", line: 4, column: 3, severity: "error", code: "TS2554", message: "Expected 2 arguments, but got 1.", source: "tsc" },
      ]);
    } finally {
      await cleanup();
    }
  });

  it("calls a repository without a tsconfig.json a crash, with tsc's own words", async () => {
    const { path: root, cleanup } = await tempDir({ "src/a.ts": "export const a = 1;\n" });
    try {
      await expect(tscOracle({ repoRoot: root }).run()).rejects.toMatchObject({ code: "oracle-crashed", userMessage: expect.stringContaining("error TS5") });
    } finally {
      await cleanup();
    }
  });
});
