import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { ParseWorkers } from "../../src/adapters/parse/parse-workers.js";
import { CodeGraph } from "../../src/engine/graph/code-graph.js";
import type { LanguageId } from "../../src/engine/model/block.js";
import { FlatTree, type FlatCopy } from "../../src/engine/parse/flat-tree.js";
import { parseToCopy } from "../../src/engine/parse/parse-to-copy.js";
import { languageOf } from "../../src/engine/parse/parser-pool.js";
import { languageById } from "../../src/engine/languages/registry.js";
import type { ParsePool } from "../../src/engine/ports.js";
import { MemorySourceTree } from "../../src/engine/source/memory-source-tree.js";
import { tempDir } from "../helpers/temp-dir.js";

// The threads run the TypeScript sources through a loader, as ts-jest runs the tests.
const SCRIPT = new URL("../../src/adapters/parse/parse-worker.ts", import.meta.url);
const LOADER = new URL("../setup/typescript-loader.mjs", import.meta.url);
const WITH_LOADER = { script: SCRIPT, execArgv: ["--import", LOADER.href] };
const fixture = (name: string) => new URL(`../fixtures/parse-workers/${name}`, import.meta.url);

/** What a copy holds, but for where the tree was in its thread's parser memory. */
async function readable(language: LanguageId, copy: FlatCopy): Promise<unknown> {
  const flat = new FlatTree(copy, await languageOf(languageById(language)));
  const { count, starts, ends, parents, nextSiblings, subtreeEnds, rows, types, fields, flags, lineStarts } = flat;
  return { count, hasError: copy.hasError, arrays: [starts, ends, parents, nextSiblings, subtreeEnds, rows, types, fields, flags, lineStarts].map((array) => [...array]) };
}

const TEXTS: [LanguageId, string][] = [
  ["python", "class A:\n    def f(self, x: int) -> 'A':\n        return A()\n"],
  ["typescript", "export class C extends D {\n  m(): void { this.n(new E()); }\n}\n"],
  ["csharp", "namespace N;\nclass A : B { void M() { var x = new C(); } }\n"],
  ["python", "def broken(:\n    return\n"],
];

describe("ParseWorkers", () => {
  const pool = new ParseWorkers({ threads: 2, ...WITH_LOADER });
  afterAll(() => pool.close());

  test("parses on its threads what parseToCopy parses on this one", async () => {
    const copies = await Promise.all(TEXTS.map(([language, text]) => pool.parse(language, text)));
    for (const [index, [language, text]] of TEXTS.entries()) {
      expect(await readable(language, copies[index] as FlatCopy)).toEqual(await readable(language, await parseToCopy(language, text)));
    }
  });

  test("rejects a file its thread cannot parse with the thread's reason, and goes on parsing", async () => {
    await expect(pool.parse("cobol" as LanguageId, "x")).rejects.toThrow("no LanguageSupport registered for cobol");
    await expect(pool.parse("python", "x = 1\n")).resolves.toMatchObject({ hasError: false });
  });

  test("CodeGraph.build with it builds the graph a build without one does", async () => {
    const files = {
      "a.py": "from b import B\n\nclass A(B):\n    def f(self):\n        return self.g()\n",
      "b.py": "class B:\n    def g(self):\n        return 1\n",
      "c.ts": 'import { d } from "./d";\nexport function c(): number {\n  return d();\n}\n',
      "d.ts": "export function d(): number {\n  return 1;\n}\n",
    };
    let handed = 0;
    const counting: ParsePool = { threads: pool.threads, parse: (language, text) => (handed++, pool.parse(language, text)) };
    const built = await CodeGraph.build(new MemorySourceTree(files), { pool: counting });
    const alone = await CodeGraph.build(new MemorySourceTree(files));
    expect(handed).toBeGreaterThan(0);
    expect([...built.graph.allEdges()]).toEqual([...alone.graph.allEdges()]);
    expect([...built.graph.allBlocks()]).toEqual([...alone.graph.allBlocks()]);
  });

});

describe("ParseWorkers whose threads stop or are stopped", () => {
  test("a thread that stops rejects what it owed with its exit code, and every parse after it", async () => {
    const pool = new ParseWorkers({ threads: 1, script: fixture("exits.mjs") });
    await expect(pool.parse("python", "x = 1\n")).rejects.toThrow("a parse thread stopped (exit code 3)");
    await expect(pool.parse("python", "x = 1\n")).rejects.toThrow("a parse thread stopped (exit code 3)");
    await pool.close();
  });

  test("close rejects what the threads owed, and the pool parses no more", async () => {
    const pool = new ParseWorkers({ threads: 1, script: fixture("silent.mjs") });
    const owed = expect(pool.parse("python", "x = 1\n")).rejects.toThrow("the parse pool is closed");
    await pool.close();
    await owed;
    await expect(pool.parse("python", "x = 1\n")).rejects.toThrow("the parse pool is closed");
  });

  test("a pool with no threads rejects every parse at once", async () => {
    await expect(new ParseWorkers({ threads: 0 }).parse("python", "x = 1\n")).rejects.toThrow("the parse pool has no threads");
  });

  test("idle threads do not keep the process alive", async () => {
    // A process that parses one file on a pool it never closes, then has nothing left to do: it exits.
    const program = [
      `const { ParseWorkers } = await import(${JSON.stringify(new URL("../../src/adapters/parse/parse-workers.ts", import.meta.url).href)});`,
      `const pool = new ParseWorkers({ threads: 1, script: new URL(${JSON.stringify(SCRIPT.href)}) });`,
      `const copy = await pool.parse("python", "x = 1\\n");`,
      "console.log(copy.count);",
    ].join("\n");
    const dir = await tempDir({ "program.mjs": program });
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", LOADER.href, join(dir.path, "program.mjs")], { timeout: 25_000 });
      expect(stdout.trim()).toBe("6");
    } finally {
      await dir.cleanup();
    }
  });
});
