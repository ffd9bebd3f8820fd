import { CodeGraph } from "../../../../src/engine/graph/code-graph.js";
import type { ParsedFile } from "../../../../src/engine/model/block.js";
import { parseFile } from "../../../../src/engine/model/parse-file.js";
import { MemorySourceTree } from "../../../../src/engine/source/memory-source-tree.js";

const PATH = "src/shop.ts";

const SHOP = [
  'import { Money } from "./money";',
  'const legacy = require("./legacy");',
  "",
  "export interface Priced {",
  "  price: Money;",
  "}",
  "",
  "export enum Currency { EUR, USD }",
  "",
  "export class Cart implements Priced {",
  "  price = new Money(0);",
  "  items: Money[] = [];",
  "  add(item: Money): void {",
  "    this.items.push(item);",
  "    for (const each of this.items) each.add(item);",
  "  }",
  "}",
  "",
  "const carts: Cart[] = [];",
  "let current;",
  "current = new Cart();",
  "",
  "export function checkout(cart: Cart): Money {",
  "  return cart.price.add(legacy.fee());",
  "}",
  "",
  "namespace Audit {",
  "  export const log = new Cart();",
  "}",
  "",
  'test("checkout", () => {',
  "  const cart = new Cart();",
  "  checkout(cart);",
  "});",
  "",
  "for (const cart of carts) cart.add(new Money(1));",
  "",
  "export default function summary(): string {",
  '  return "";',
  "}",
  "",
].join("\n");

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function parsed(result: Awaited<ReturnType<CodeGraph["reparse"]>>): ParsedFile {
  if ("reason" in result) throw new Error(`skipped: ${result.detail}`);
  return result;
}

/** Folds each version of `path` into a graph in turn; after each, expects exactly what a fresh parse of that version gives. */
async function expectSameAsFresh(first: string, ...versions: string[]): Promise<void> {
  const graph = await CodeGraph.build(new MemorySourceTree({ [PATH]: first }));
  for (const version of versions) {
    const reread = parsed(await graph.reparse(PATH, encode(version)));
    expect(reread).toEqual(await parseFile(PATH, encode(version), { facts: true }));
    graph.updateFile(reread);
  }
}

function factsOf(file: ParsedFile, blockId: string): { references: unknown[] } {
  const facts = file.facts?.blocks.find((blockFacts) => blockFacts.blockId === blockId);
  if (!facts) throw new Error(`no facts of ${blockId}`);
  return facts;
}

/** Edits of `fixture`: `find` (which must be in it) replaced. */
function editing(fixture: string): (find: string, replace: string) => string {
  return (find, replace) => {
    expect(fixture).toContain(find);
    return fixture.replace(find, replace);
  };
}

describe("a TypeScript file reread after an edit is what a fresh parse gives", () => {
  const edit = editing(SHOP);

  test.each([
    ["a body edit", edit("  return cart.price.add(legacy.fee());", "  return cart.price;")],
    ["lines added above other statements", edit("    this.items.push(item);\n", "    this.items.push(item);\n\n\n    item.check();\n")],
    ["a statement added between others", edit("let current;\n", "let current;\nconst spare = new Cart();\n")],
    ["a statement removed", edit('const legacy = require("./legacy");\n', "")],
    ["an import added", edit('import { Money } from "./money";\n', 'import { Money } from "./money";\nimport { Tax } from "./tax";\n')],
    ["a function added before a same-named one (which becomes #2)", edit("export function checkout(", "function checkout(): void {}\n\nexport function checkout(")],
    ["an edit that opens a comment over the statements after it", edit("let current;\n", "let current; /*\n")],
    ["the element type of a module-level array that a later loop reads", edit("const carts: Cart[] = [];", "const carts: Money[] = [];")],
    ["a callback's local that a later module-level assignment types", edit("let current;\n", 'test("x", () => { let current; });\n')],
  ])("%s", async (_, version) => {
    await expectSameAsFresh(SHOP, version);
  });

  test("a chain of edits, each reread from the one before", async () => {
    const first = edit("  return cart.price.add(legacy.fee());", "  return cart.price;");
    const second = first.replace("  price = new Money(0);", "  price = new Money(1);\n  discount = 0;");
    const third = second.replace('  return "";', '  return "sum";\n  // done');
    await expectSameAsFresh(SHOP, first, second, third);
  });

  test("a file without text between its definitions gains some, and loses it again", async () => {
    const bare = ["export type Id = string;", "export function find(id: Id): void {}", ""].join("\n");
    const withText = bare.replace("export function", "find(legacy());\nexport function");
    await expectSameAsFresh(bare, withText, bare);
  });

  test("a file with a syntax error, and the edit that mends it", async () => {
    const broken = edit("let current;\n", "let current = ;\n");
    await expectSameAsFresh(SHOP, broken, SHOP);
  });

  test("a JavaScript file with CommonJS exports", async () => {
    const js = ['const a = require("./a");', "function run() { return a.go(); }", "module.exports = { run };", "exports.other = function other() {};", ""].join("\n");
    const graph = await CodeGraph.build(new MemorySourceTree({ "lib/run.js": js }));
    const version = js.replace("return a.go();", "return a.go(1);");
    const reread = parsed(await graph.reparse("lib/run.js", encode(version)));
    expect(reread).toEqual(await parseFile("lib/run.js", encode(version), { facts: true }));
  });
});

const STORE = [
  'import { Money } from "./money";',
  "",
  "export class Store {",
  "  items: Money[] = [];",
  "  constructor(private readonly prices: Money[], readonly name: string) {}",
  "",
  "  clear(): void {",
  "    this.items = [];",
  "    this.log = new Log();",
  "  }",
  "",
  "  total(): Money {",
  "    function sum(a: Money, b: Money): Money { return a.add(b); }",
  "    return this.prices.reduce(sum);",
  "  }",
  "",
  "  each(): void {",
  "    for (const price of this.prices) price.check();",
  "  }",
  "",
  "  static open(name: Item): Store {",
  "    return new Store([], name);",
  "  }",
  "",
  "  @logged()",
  "  audit(): void {",
  "    this.prices.sort();",
  "  }",
  "",
  "  load(): Item {",
  '    const helper = require("./helper");',
  "    return helper.load(new Item());",
  "  }",
  "}",
  "",
].join("\n");

describe("a class member reread after an edit of another member is what a fresh parse gives", () => {
  const edit = editing(STORE);

  test.each([
    ["a body edit", edit("    this.items = [];\n", "    this.items = [new Money(0)];\n")],
    ["lines added in a method above others", edit("    this.items = [];\n", "    this.items = [];\n\n    this.count = 0;\n")],
    ["an edit in the constructor, whose parameters are fields", edit("readonly name: string) {}", "readonly name: string, readonly extra: Money[]) {}")],
    ["an edit in a nested function", edit("{ return a.add(b); }", "{ return b.add(a); }")],
    ["an edit that adds a method inside another", edit("    this.log = new Log();\n  }\n", "    this.log = new Log();\n  }\n\n  reset(): void {}\n")],
    ["a method renamed", edit("  each(): void {", "  forEach(): void {")],
    ["a type parameter added to the class, which its members' types name", edit("export class Store {", "export class Store<Item> {")],
    ["a field added between members", edit("  static open(", "  opened = false;\n\n  static open(")],
  ])("%s", async (_, version) => {
    await expectSameAsFresh(STORE, version);
  });

  test("the members the edit left alone are taken over; one that read what another member writes is walked again", async () => {
    const graph = await CodeGraph.build(new MemorySourceTree({ [PATH]: STORE }));
    const previous = graph.index.files.get(PATH);
    if (!previous) throw new Error("no previous version");
    const symbols = ["Store.constructor", "Store.clear", "Store.total", "Store.total.sum", "Store.each", "Store.open"];
    for (const symbol of symbols) factsOf(previous, `${PATH}::${symbol}`).references.push({ kind: "expression", path: [{ name: "marker" }], line: 1 });
    const version = STORE.replace("    this.log = new Log();\n", "    this.log = new Log();\n    this.log.start();\n");
    const reread = parsed(await graph.reparse(PATH, encode(version)));
    const marked = symbols.filter((symbol) => (factsOf(reread, `${PATH}::${symbol}`).references as { path: { name: string }[] }[]).some((reference) => reference.path[0]?.name === "marker"));
    // clear is edited; each reads the element type of `prices`, which the constructor's parameter wrote.
    expect(marked).toEqual(["Store.constructor", "Store.total", "Store.total.sum", "Store.open"]);
  });

  test("the definitions in the members the edit left alone are taken over, not read again", async () => {
    const graph = await CodeGraph.build(new MemorySourceTree({ [PATH]: STORE }));
    const previous = graph.index.files.get(PATH);
    const nested = previous?.blocks.find((block) => block.symbol === "Store.total.sum");
    if (!nested) throw new Error("no nested function");
    nested.name = "taken";
    const reread = parsed(await graph.reparse(PATH, encode(STORE.replace("    this.items = [];\n", "    this.items = [new Money(0)];\n"))));
    expect(reread.blocks.map((block) => block.symbol)).toContain("Store.total.taken");
    const inEdited = parsed(await graph.reparse(PATH, encode(STORE.replace("{ return a.add(b); }", "{ return b.add(a); }"))));
    expect(inEdited.blocks.map((block) => block.symbol)).toContain("Store.total.sum");
  });
});

describe("a large class (its members are indexed one by one)", () => {
  const methods = Array.from({ length: 300 }, (_, index) => [
    `  m${index}(): number {`,
    `    function inner${index}(): number { return new Counter(${index}).next(); }`,
    `    return inner${index}();`,
    "  }",
  ].join("\n"));
  const LARGE = ["export class Large {", ...methods, "}", "", "export const big = () => {", ...methods.map((method) => method.replace(/^ {2}m(\d+)\(\): number/, "  function f$1(): number")), "};", ""].join("\n");

  test("every nested function is found, and an edit in one method gives what a fresh parse gives", async () => {
    const fresh = parsed(await parseFile(PATH, encode(LARGE), { facts: true }));
    const functions = fresh.blocks.filter((block) => block.kind === "function").map((block) => block.symbol);
    expect(functions.sort()).toEqual(
      [
        ...Array.from({ length: 300 }, (_, index) => `Large.m${index}.inner${index}`),
        "big",
        ...Array.from({ length: 300 }, (_, index) => `big.f${index}`),
        ...Array.from({ length: 300 }, (_, index) => `big.f${index}.inner${index}`),
      ].sort(),
    );
    await expectSameAsFresh(LARGE, LARGE.replace("return new Counter(150).next();", "return new Counter(151).next();"), LARGE);
  });
});

describe("what a reread takes over instead of walking again", () => {
  // A marker put into the previous version's facts shows which parts were taken over (the marker
  // stays) and which were read again (it is gone).
  const MARKER = { kind: "expression" as const, path: [{ name: "marker" }], line: 1 };

  async function rereadWithMarkers(version: string, markedBlocks: readonly string[]): Promise<ParsedFile> {
    const graph = await CodeGraph.build(new MemorySourceTree({ [PATH]: SHOP }));
    const previous = graph.index.files.get(PATH);
    if (!previous) throw new Error("no previous version");
    for (const blockId of markedBlocks) factsOf(previous, blockId).references.push(MARKER);
    return parsed(await graph.reparse(PATH, encode(version)));
  }

  const MARKED = [`${PATH}::Cart`, `${PATH}::Cart.add`, `${PATH}::checkout`, `${PATH}::summary`];
  /** The marked blocks that still have the marker, with the line it is on now. */
  const marked = (file: ParsedFile): string[] =>
    MARKED.flatMap((blockId) => {
      const references = factsOf(file, blockId).references as { path: { name: string }[]; line: number }[];
      return references.filter((reference) => reference.path[0]?.name === "marker").map((reference) => `${blockId} @${reference.line}`);
    });

  test("the statements before and after the edited one are taken over, moved by the lines the edit added", async () => {
    const version = SHOP.replace("  return cart.price.add(legacy.fee());", "  const fee = legacy.fee();\n  return cart.price.add(fee);");
    const reread = await rereadWithMarkers(version, MARKED);
    expect(marked(reread)).toEqual([`${PATH}::Cart @1`, `${PATH}::Cart.add @1`, `${PATH}::summary @2`]);
    const summaryLine = version.split("\n").indexOf("export default function summary(): string {") + 1;
    expect(reread.blocks.find((block) => block.symbol === "summary")?.span.startLine).toBe(summaryLine);
  });

  test("a statement whose walk read what another statement wrote is walked again", async () => {
    const graph = await CodeGraph.build(new MemorySourceTree({ [PATH]: SHOP }));
    const previous = graph.index.files.get(PATH);
    if (!previous) throw new Error("no previous version");
    const lineOf = (text: string): number => SHOP.split("\n").indexOf(text) + 1;
    const references = factsOf(previous, `${PATH}::<module>`).references as { path: { name: string }[]; line: number }[];
    const named = (name: string, line: number) => references.find((reference) => reference.path.map((segment) => segment.name).join(".") === name && reference.line === line);
    // The loop reads the element type that `const carts: Cart[]` wrote; the callback reads nothing of the kind.
    const inLoop = named("cart.add", lineOf("for (const cart of carts) cart.add(new Money(1));"));
    const inCallback = named("checkout", lineOf("  checkout(cart);"));
    if (!inLoop || !inCallback) throw new Error("the fixture's references moved");
    inLoop.path = [{ name: "marker" }];
    inCallback.path = [{ name: "marker" }];
    const reread = parsed(await graph.reparse(PATH, encode(SHOP.replace('  return "";', '  return "x";'))));
    const names = factsOf(reread, `${PATH}::<module>`).references as { path: { name: string }[]; line: number }[];
    expect(names.filter((reference) => reference.path[0]?.name === "marker").map((reference) => reference.line)).toEqual([lineOf("  checkout(cart);")]);
  });

  test("nothing is taken over when the new version has a syntax error", async () => {
    const reread = await rereadWithMarkers(SHOP.replace("let current;\n", "let current = ;\n"), MARKED);
    expect(marked(reread)).toEqual([]);
  });
});
