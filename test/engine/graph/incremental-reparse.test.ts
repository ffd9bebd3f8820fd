import { jest } from "@jest/globals";
import { Parser } from "web-tree-sitter";
import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import { parseFile } from "../../../src/engine/model/parse-file.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";

type Files = Record<string, string>;

/** Everything a graph holds, in a canonical order: blocks, edges (with their lines) and each file's parse and facts. */
function contents(codeGraph: CodeGraph): unknown {
  const edges = [...codeGraph.graph.allEdges()].map((edge) => JSON.stringify(edge)).sort();
  const blocks = [...codeGraph.graph.allBlocks()].map((block) => JSON.stringify(block)).sort();
  const files = [...codeGraph.index.files.values()].sort((a, b) => a.file.localeCompare(b.file));
  return { edges, blocks, files };
}

/**
 * Builds a graph of `files`, folds in `edit` of `path` with updateFromBytes (reparsed from the
 * tree the graph kept), and expects exactly the graph a fresh build of the edited files gives.
 */
async function doTest(files: Files, path: string, edit: (text: string) => string): Promise<void> {
  const graph = await CodeGraph.build(new MemorySourceTree(files));
  const before = contents(graph);
  const edited = { ...files, [path]: edit(files[path] ?? "") };
  expect(edited[path]).not.toBe(files[path]);
  await graph.updateFromBytes(path, new TextEncoder().encode(edited[path]));
  const scratch = await CodeGraph.build(new MemorySourceTree(edited));
  expect(contents(scratch)).not.toEqual(before);
  expect(contents(graph)).toEqual(contents(scratch));
}

const PYTHON: Files = {
  "shop/__init__.py": "",
  "shop/money.py": [
    "class Money:",
    "    def __init__(self, cents: int):",
    "        self.cents = cents",
    "",
    "    def add(self, other: \"Money\") -> \"Money\":",
    "        return Money(self.cents + other.cents)",
    "",
  ].join("\n"),
  "shop/cart.py": [
    "from shop.money import Money",
    "",
    "# Prix « panier » 💶",
    "class Cart:",
    "    def __init__(self):",
    "        self.total = Money(0)",
    "        self.items: list[Money] = []",
    "",
    "    def sum_items(self):",
    "        import functools",
    "        for item in self.items:",
    "            item.add(Money(0))",
    "",
    "    def add_item(self, price: Money):",
    "        self.total = self.total.add(price)",
    "        return self.total",
    "",
    "    def clear(self):",
    "        self.total = Money(0)",
    "",
    "",
    "def checkout(cart: Cart):",
    "    global LAST",
    "    LAST = cart",
    "    cart.add_item(Money(100))",
    "    return cart.total.add(Money(1))",
    "",
  ].join("\n"),
  "shop/gift.py": ["from shop.cart import Cart", "", "class GiftCart(Cart):", "    def clear(self):", "        super().clear()", ""].join("\n"),
};

const TYPESCRIPT: Files = {
  "src/money.ts": [
    "export class Money {",
    "  constructor(readonly cents: number) {}",
    "  add(other: Money): Money {",
    "    return new Money(this.cents + other.cents);",
    "  }",
    "}",
    "",
  ].join("\n"),
  "src/cart.ts": [
    'import { Money } from "./money";',
    "",
    "// Prix « panier » 💶",
    "export class Cart {",
    "  total = new Money(0);",
    "  addItem(price: Money): Money {",
    "    this.total = this.total.add(price);",
    "    return this.total;",
    "  }",
    "  clear(): void {",
    "    this.total = new Money(0);",
    "  }",
    "}",
    "",
    "export function checkout(cart: Cart): Money {",
    "  cart.addItem(new Money(100));",
    "  return cart.total.add(new Money(1));",
    "}",
    "",
  ].join("\n"),
  "src/gift.ts": ['import { Cart } from "./cart";', "", "export class GiftCart extends Cart {", "  clear(): void {", "    super.clear();", "  }", "}", ""].join("\n"),
};

const CSHARP: Files = {
  "Shop/Money.cs": [
    "namespace Shop;",
    "",
    "public class Money",
    "{",
    "    public int Cents;",
    "    public Money(int cents) { Cents = cents; }",
    "    public Money Add(Money other) { return new Money(Cents + other.Cents); }",
    "}",
    "",
  ].join("\n"),
  "Shop/Cart.cs": [
    "namespace Shop;",
    "",
    "// Prix « panier » 💶",
    "public class Cart",
    "{",
    "    public Money Total = new Money(0);",
    "",
    "    public Money AddItem(Money price)",
    "    {",
    "        Total = Total.Add(price);",
    "        return Total;",
    "    }",
    "",
    "    public void Clear()",
    "    {",
    "        Total = new Money(0);",
    "    }",
    "}",
    "",
    "public static class Checkout",
    "{",
    "    public static Money Run(Cart cart)",
    "    {",
    "        cart.AddItem(new Money(100));",
    "        return cart.Total.Add(new Money(1));",
    "    }",
    "}",
    "",
  ].join("\n"),
};

describe("updateFromBytes gives the graph a fresh build gives", () => {
  describe("Python", () => {
    const edit = (find: string, replace: string) => (text: string) => text.replace(find, replace);
    test("a body edit", () => doTest(PYTHON, "shop/cart.py", edit("        return self.total\n", "        return self.total.add(Money(0))\n")));
    test("a body edit that adds lines above other blocks", () =>
      doTest(PYTHON, "shop/cart.py", edit("        self.total = self.total.add(price)\n", "        print(price)\n        self.total = self.total.add(price)\n\n")));
    test("a signature edit", () => doTest(PYTHON, "shop/cart.py", edit("    def clear(self):", "    def clear(self, keep: bool = False):")));
    test("an added block", () => doTest(PYTHON, "shop/cart.py", edit("\n\ndef checkout", "\n\ndef empty_cart() -> Cart:\n    return Cart()\n\n\ndef checkout")));
    test("a removed block", () => doTest(PYTHON, "shop/cart.py", edit("    def clear(self):\n        self.total = Money(0)\n", "")));
    test("an edit on the line after non-ASCII text", () => doTest(PYTHON, "shop/cart.py", edit("# Prix « panier » 💶\nclass Cart:", "# Prix « panier » 💶\nclass Cart(object):")));
    test("an edit that leaves a syntax error", () => doTest(PYTHON, "shop/cart.py", edit("        return self.total\n", "        return self.total.add(\n")));
    test("an edit of the method that a loop typed by another method's annotation is in", () =>
      doTest(PYTHON, "shop/cart.py", edit("            item.add(Money(0))\n", "            item.add(Money(0))\n            item.add(Money(2))\n")));
    test("an edit of the method that annotates a field, before the method that reads it", () =>
      doTest(PYTHON, "shop/cart.py", edit("        self.items: list[Money] = []\n", "        self.items: list[Money] = []\n        self.count = 0\n")));
    // The edit comes right after the class: without a later statement to close it, Cart may have grown (it has).
    test("lines added at the end of a class that comes before the edit", () =>
      doTest(PYTHON, "shop/cart.py", edit("        self.total = Money(0)\n\n\ndef checkout", "        self.total = Money(0)\n        self.items = []\n\n\ndef checkout")));
    test("an edit that opens a bracket above unchanged definitions", () => doTest(PYTHON, "shop/cart.py", edit("# Prix « panier » 💶\n", "NOTE = (\n")));
    test("an edit between definitions under a module-level if", () =>
      doTest(
        { ...PYTHON, "shop/main.py": ["from shop.cart import Cart, checkout", "", "if True:", "    def run():", "        checkout(Cart())", "", "    LIMIT = 1", "", "    def stop():", "        pass", ""].join("\n") },
        "shop/main.py",
        edit("    LIMIT = 1", "    LIMIT = 2\n    run()"),
      ));
  });

  describe("Python: an edited file is parsed without its unchanged definitions", () => {
    afterEach(() => jest.restoreAllMocks());

    test("only the edited definition and the statements between definitions are parsed", async () => {
      const graph = await CodeGraph.build(new MemorySourceTree(PYTHON));
      const text = (PYTHON["shop/cart.py"] ?? "").replace("    return cart.total.add(Money(1))\n", "    return cart.total.add(Money(2))\n");
      const parse = jest.spyOn(Parser.prototype, "parse");
      await graph.updateFromBytes("shop/cart.py", new TextEncoder().encode(text));
      const ranges = parse.mock.calls[0]?.[2]?.includedRanges?.map((range) => text.slice(range.startIndex, range.endIndex));
      expect(ranges).toEqual(["from shop.money import Money\n\n# Prix « panier » 💶\n", text.slice(text.indexOf("\n\n\ndef checkout"))]);
      expect(parse).toHaveBeenCalledTimes(1);
      const scratch = await CodeGraph.build(new MemorySourceTree({ ...PYTHON, "shop/cart.py": text }));
      expect(contents(graph)).toEqual(contents(scratch));
    });

    // Skipped, f would not be inside the string that the edit opens: the tree does not fit, the file is parsed whole.
    test("an edit that opens a string above an unchanged definition is parsed whole", async () => {
      const before = 'X = 1\n\n\ndef f():\n    """Doc."""\n    return X\n';
      const after = before.replace("X = 1\n", 'X = """\n');
      const graph = await CodeGraph.build(new MemorySourceTree({ "m.py": before }));
      const parse = jest.spyOn(Parser.prototype, "parse");
      const parsed = await graph.reparse("m.py", new TextEncoder().encode(after));
      expect(parse.mock.calls.map((call) => call[2]?.includedRanges?.length)).toEqual([2, undefined]);
      expect(parsed).toEqual(await parseFile("m.py", new TextEncoder().encode(after), { facts: true }));
    });
  });

  describe("TypeScript", () => {
    const edit = (find: string, replace: string) => (text: string) => text.replace(find, replace);
    test("a body edit", () => doTest(TYPESCRIPT, "src/cart.ts", edit("    return this.total;", "    return this.total.add(new Money(0));")));
    test("a body edit that adds lines above other blocks", () =>
      doTest(TYPESCRIPT, "src/cart.ts", edit("    this.total = this.total.add(price);\n", "    console.log(price);\n    this.total = this.total.add(price);\n\n")));
    test("a signature edit", () => doTest(TYPESCRIPT, "src/cart.ts", edit("  clear(): void {", "  clear(keep = false): void {")));
    test("an added block", () => doTest(TYPESCRIPT, "src/cart.ts", edit("\nexport function checkout", "\nexport function emptyCart(): Cart {\n  return new Cart();\n}\n\nexport function checkout")));
    test("a removed block", () => doTest(TYPESCRIPT, "src/cart.ts", edit("  clear(): void {\n    this.total = new Money(0);\n  }\n", "")));
    test("an edit on the line after non-ASCII text", () => doTest(TYPESCRIPT, "src/cart.ts", edit("// Prix « panier » 💶\nexport class Cart {", "// Prix « panier » 💶\nexport class Cart extends Object {")));
  });

  describe("C#", () => {
    const edit = (find: string, replace: string) => (text: string) => text.replace(find, replace);
    test("a body edit", () => doTest(CSHARP, "Shop/Cart.cs", edit("        return Total;", "        return Total.Add(new Money(0));")));
    test("a body edit that adds lines above other blocks", () =>
      doTest(CSHARP, "Shop/Cart.cs", edit("        Total = Total.Add(price);\n", "        System.Console.WriteLine(price);\n        Total = Total.Add(price);\n\n")));
    test("a signature edit", () => doTest(CSHARP, "Shop/Cart.cs", edit("    public void Clear()", "    public void Clear(bool keep = false)")));
    test("an added block", () => doTest(CSHARP, "Shop/Cart.cs", edit("    public void Clear()", "    public int Count() { return 0; }\n\n    public void Clear()")));
    test("a removed block", () => doTest(CSHARP, "Shop/Cart.cs", edit("    public void Clear()\n    {\n        Total = new Money(0);\n    }\n", "")));
    test("an edit on the line after non-ASCII text", () => doTest(CSHARP, "Shop/Cart.cs", edit("// Prix « panier » 💶\npublic class Cart", "// Prix « panier » 💶\npublic sealed class Cart")));
  });
});

describe("the trees a graph keeps (TypeScript and C#: Python keeps none)", () => {
  afterEach(() => jest.restoreAllMocks());

  test("an edited file is reparsed from the tree the build kept, the next edit from the tree of the first", async () => {
    const graph = await CodeGraph.build(new MemorySourceTree(TYPESCRIPT));
    const parse = jest.spyOn(Parser.prototype, "parse");
    const first = (TYPESCRIPT["src/cart.ts"] ?? "").replace("    return this.total;", "    return this.total.add(new Money(0));");
    await graph.updateFromBytes("src/cart.ts", new TextEncoder().encode(first));
    const second = first.replace("  clear(): void {", "  clear(keep = false): void {");
    await graph.updateFromBytes("src/cart.ts", new TextEncoder().encode(second));
    expect(parse).toHaveBeenCalledTimes(2);
    expect(parse.mock.calls[0]?.[1]).toBeTruthy();
    expect(parse.mock.calls[1]?.[1]).toBeTruthy();
    const scratch = await CodeGraph.build(new MemorySourceTree({ ...TYPESCRIPT, "src/cart.ts": second }));
    expect(contents(graph)).toEqual(contents(scratch));
  });

  const withoutTrees: [string, () => Promise<CodeGraph>][] = [
    ["with a tree budget of 0", () => CodeGraph.build(new MemorySourceTree(TYPESCRIPT), { treeBudget: 0 })],
    [
      "after releaseTrees",
      async () => {
        const graph = await CodeGraph.build(new MemorySourceTree(TYPESCRIPT));
        graph.releaseTrees();
        return graph;
      },
    ],
  ];

  test.each(withoutTrees)("%s every edit is parsed afresh, to the same graph", async (_, build) => {
    const graph = await build();
    const parse = jest.spyOn(Parser.prototype, "parse");
    const text = (TYPESCRIPT["src/cart.ts"] ?? "").replace("  clear(): void {", "  clear(keep = false): void {");
    await graph.updateFromBytes("src/cart.ts", new TextEncoder().encode(text));
    expect(parse.mock.calls[0]?.[1]).toBeFalsy();
    const scratch = await CodeGraph.build(new MemorySourceTree({ ...TYPESCRIPT, "src/cart.ts": text }));
    expect(contents(graph)).toEqual(contents(scratch));
  });

  test("a version folded in without its tree drops the kept one: the next edit starts from the right text", async () => {
    const graph = await CodeGraph.build(new MemorySourceTree(TYPESCRIPT));
    const first = (TYPESCRIPT["src/cart.ts"] ?? "").replace("export class Cart {", "export class Cart {\n  size = 0;\n");
    const parsed = await graph.reparse("src/cart.ts", new TextEncoder().encode(first));
    const other = await CodeGraph.build(new MemorySourceTree({ ...TYPESCRIPT, "src/cart.ts": first }));
    const sameText = other.index.files.get("src/cart.ts");
    if (!sameText || "reason" in parsed) throw new Error("expected parsed files");
    graph.updateFile(sameText);
    const second = first.replace("    return this.total;\n", "    return new Money(0);\n");
    await graph.updateFromBytes("src/cart.ts", new TextEncoder().encode(second));
    const scratch = await CodeGraph.build(new MemorySourceTree({ ...TYPESCRIPT, "src/cart.ts": second }));
    expect(contents(graph)).toEqual(contents(scratch));
  });
});
