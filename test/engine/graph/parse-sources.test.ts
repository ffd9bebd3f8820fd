import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import { parseSources, type Source } from "../../../src/engine/graph/parse-sources.js";
import type { LanguageId, ParsedFile } from "../../../src/engine/model/block.js";
import type { FlatCopy } from "../../../src/engine/parse/flat-tree.js";
import { parseToCopy } from "../../../src/engine/parse/parse-to-copy.js";
import type { ParsePool } from "../../../src/engine/ports.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";

/**
 * A ParsePool that parses on this thread as a parse thread does (parseToCopy), recording which
 * texts it was handed; it rejects the texts `fails` picks, as a failed thread would.
 */
class InThreadPool implements ParsePool {
  readonly handed: string[] = [];

  constructor(
    readonly threads: number,
    private readonly fails: (text: string) => boolean = () => false,
  ) {}

  async parse(language: LanguageId, text: string): Promise<FlatCopy> {
    this.handed.push(text);
    if (this.fails(text)) throw new Error("the parse thread stopped");
    return parseToCopy(language, text);
  }
}

const FILES: Record<string, string> = {
  "shop/__init__.py": "from shop.money import Money\n",
  "shop/money.py": "class Money:\n    def __init__(self, cents: int):\n        self.cents = cents\n\n    def add(self, other: 'Money') -> 'Money':\n        return Money(self.cents + other.cents)\n",
  "shop/cart.py": "from shop import Money\n\nclass Cart:\n    def __init__(self):\n        self.total = Money(0)\n\n    def add_item(self, price: Money):\n        self.total = self.total.add(price)\n",
  "src/money.ts": "export class Money {\n  constructor(readonly cents: number) {}\n  add(other: Money): Money {\n    return new Money(this.cents + other.cents);\n  }\n}\n",
  "src/cart.ts": 'import { Money } from "./money";\n\nexport class Cart {\n  private total = new Money(0);\n  addItem(price: Money): void {\n    this.total = this.total.add(price);\n  }\n}\n',
  "src/checkout.ts": 'import { Cart } from "./cart";\nimport { Money } from "./money";\n\nexport function checkout(cart: Cart): void {\n  cart.addItem(new Money(100));\n}\n',
  "src/index.ts": 'export * from "./cart";\n',
  "Shop/Money.cs": "namespace Shop;\npublic class Money\n{\n    public Money Add(Money other) => new Money();\n}\n",
  "Shop/Cart.cs": "namespace Shop;\npublic class Cart\n{\n    private Money total = new Money();\n    public void AddItem(Money price) { total = total.Add(price); }\n}\n",
  // Larger than what is handed to a pool thread at once (CHARS_PER_THREAD): this thread parses it.
  "src/prices.ts": ['import { Money } from "./money";', ...Array.from({ length: 2000 }, (_, i) => `export function price${i}(m: Money): Money { return m.add(new Money(${i})); }`)].join("\n"),
};

const encoder = new TextEncoder();
const SOURCES: Source[] = Object.entries(FILES).map(([path, text]) => ({ path, bytes: encoder.encode(text) }));

/** Parses SOURCES as a build does, recording the files whose trees this thread kept (it deletes them). */
async function parse(pool?: ParsePool): Promise<{ files: ParsedFile[]; treesOf: string[] }> {
  const treesOf: string[] = [];
  const files = await parseSources(SOURCES, {
    pool,
    takeTree: (path, kept) => {
      treesOf.push(path);
      kept.tree.delete();
    },
  });
  return { files, treesOf };
}

/** Everything a graph holds, in a canonical order: blocks, edges (with their lines) and each file's parse and facts. */
function contents(codeGraph: CodeGraph): unknown {
  const edges = [...codeGraph.graph.allEdges()].map((edge) => JSON.stringify(edge)).sort();
  const blocks = [...codeGraph.graph.allBlocks()].map((block) => JSON.stringify(block)).sort();
  const files = [...codeGraph.index.files.values()].sort((a, b) => a.file.localeCompare(b.file));
  return { edges, blocks, files };
}

function pathOf(text: string): string {
  const found = Object.entries(FILES).find(([, other]) => other === text);
  if (!found) throw new Error(`no file has this text: ${text}`);
  return found[0];
}

describe("parseSources", () => {
  test("without a pool, this thread parses every file, in the order given, and hands over every tree", async () => {
    const { files, treesOf } = await parse();
    expect(files.map((file) => file.file)).toEqual(Object.keys(FILES));
    expect(treesOf).toEqual(Object.keys(FILES));
  });

  test("with a pool, the pool's threads parse the smallest files and this thread the largest, and the files read the same", async () => {
    const alone = await parse();
    const pool = new InThreadPool(1);
    const { files, treesOf } = await parse(pool);
    expect(files).toEqual(alone.files);
    const handed = pool.handed.map(pathOf);
    expect(handed.length).toBeGreaterThan(0);
    expect(treesOf.length).toBeGreaterThan(0);
    expect([...handed, ...treesOf].sort()).toEqual(Object.keys(FILES).sort());
    const size = (path: string) => (FILES[path] ?? "").length;
    expect(Math.max(...handed.map(size))).toBeLessThanOrEqual(Math.min(...treesOf.map(size)));
    // The largest file is this thread's, and it takes it first.
    const largest = Object.keys(FILES).sort((a, b) => size(b) - size(a))[0];
    expect(treesOf[0]).toBe(largest);
  });

  test("a file a pool thread failed on is parsed on this thread", async () => {
    const failing = FILES["src/index.ts"] ?? "";
    const pool = new InThreadPool(3, (text) => text === failing);
    const { files, treesOf } = await parse(pool);
    expect(pool.handed.map(pathOf)).toContain("src/index.ts");
    expect(treesOf).toContain("src/index.ts");
    expect(files).toEqual((await parse()).files);
  });

  test("when every pool thread has failed, this thread parses every file", async () => {
    const pool = new InThreadPool(4, () => true);
    const { files, treesOf } = await parse(pool);
    expect(treesOf.sort()).toEqual(Object.keys(FILES).sort());
    expect(files).toEqual((await parse()).files);
  });

  test("files that are not parsed are left out, with a pool too", async () => {
    const limit = Math.max(...SOURCES.map((source) => source.bytes.length));
    const sources = [...SOURCES, { path: "src/blob.ts", bytes: new Uint8Array([0, 159, 146, 150]) }, { path: "src/huge.ts", bytes: encoder.encode("x".repeat(limit + 1)) }];
    const files = await parseSources(sources, { pool: new InThreadPool(2), maxFileBytes: limit, takeTree: (_path, kept) => kept.tree.delete() });
    expect(files.map((file) => file.file)).toEqual(Object.keys(FILES));
  });
});

describe("CodeGraph.build with a parse pool", () => {
  test("builds the graph a build without one does", async () => {
    const pool = new InThreadPool(2);
    const built = await CodeGraph.build(new MemorySourceTree(FILES), { pool });
    expect(pool.handed.length).toBeGreaterThan(0);
    expect(contents(built)).toEqual(contents(await CodeGraph.build(new MemorySourceTree(FILES))));
  });

  test("updates a file the pool parsed (no tree kept for it) to the graph a fresh build of the edit gives", async () => {
    const pool = new InThreadPool(2);
    const built = await CodeGraph.build(new MemorySourceTree(FILES), { pool });
    const path = pool.handed.map(pathOf).find((handed) => handed.endsWith(".ts"));
    if (!path) throw new Error("the pool parsed no TypeScript file");
    const edited = { ...FILES, [path]: `${FILES[path]}\nexport function extra(cart: Cart): void {\n  cart.addItem(new Money(1));\n}\nimport { Cart } from "./cart";\nimport { Money } from "./money";\n` };
    await built.updateFromBytes(path, encoder.encode(edited[path]));
    expect(contents(built)).toEqual(contents(await CodeGraph.build(new MemorySourceTree(edited))));
  });
});
