import type { Node, Tree } from "web-tree-sitter";
import type { LanguageSupport } from "../../../src/engine/languages/language-support.js";
import { languageForPath } from "../../../src/engine/languages/registry.js";
import { parseRanges, parseText } from "../../../src/engine/parse/parser-pool.js";
import type { SyntaxNode } from "../../../src/engine/parse/syntax-node.js";
import { SyntaxTree } from "../../../src/engine/parse/syntax-tree.js";
import { FlatTree, type FlatReading } from "../../../src/engine/parse/flat-tree.js";
import { parseToCopy } from "../../../src/engine/parse/parse-to-copy.js";

/**
 * What a walker can read of a node, through web-tree-sitter's Node. The next sibling is the next of
 * the parent's children (tree-sitter's own next-sibling can skip one in error recovery's trees).
 */
function viaNode(node: Node, fields: readonly string[], next?: Node | null): unknown {
  return {
    type: node.type,
    span: [node.startIndex, node.endIndex, node.startPosition, node.endPosition],
    flags: [node.isNamed, node.isMissing, node.isError, node.hasError],
    text: node.text,
    fields: fields.map((field) => [field, node.childForFieldName(field)?.startIndex, node.childrenForFieldName(field).map((child) => child?.startIndex)]),
    named: node.namedChildren.map((child) => child?.startIndex),
    next: next?.startIndex,
    parent: node.parent?.startIndex,
    children: node.children.map((child, index) => child && viaNode(child, fields, node.children[index + 1])),
  };
}

/** The same, through SyntaxNode (a flat tree). */
function viaSyntaxNode(node: SyntaxNode, fields: readonly string[]): unknown {
  return {
    type: node.type,
    span: [node.startIndex, node.endIndex, node.startPosition, node.endPosition],
    flags: [node.isNamed, node.isMissing, node.isError, node.hasError],
    text: node.text,
    fields: fields.map((field) => [field, node.childForFieldName(field)?.startIndex, node.childrenForFieldName(field).map((child) => child.startIndex)]),
    named: node.namedChildren.map((child) => child.startIndex),
    next: node.nextSibling?.startIndex,
    parent: node.parent?.startIndex,
    children: node.children.map((child) => viaSyntaxNode(child, fields)),
  };
}

/** The language of `path`; throws when there is none. */
function supportFor(path: string): LanguageSupport {
  const support = languageForPath(path);
  if (!support) throw new Error(`no language for ${path}`);
  return support;
}

/** Runs `use` on a parsed tree, then deletes the tree. */
async function withTree(parsing: Promise<Tree>, use: (tree: Tree) => void): Promise<void> {
  const tree = await parsing;
  try {
    use(tree);
  } finally {
    tree.delete();
  }
}

/** Reads `tree` as a SyntaxTree and expects every node to read as web-tree-sitter's Node reads it. */
function expectSameAsNode(tree: Tree, text: string, reading: FlatReading): SyntaxTree {
  const fields = tree.language.fields.filter((field): field is string => field !== null);
  const syntax = new SyntaxTree(tree, text, reading);
  expect(viaSyntaxNode(syntax.root, fields)).toEqual(viaNode(tree.rootNode, fields));
  return syntax;
}

const SOURCES: [string, string][] = [
  ["a.py", "# « 💶 »\n@dec(x=1)\nclass A(B, metaclass=M):\n    x: int = 1\n\n    async def f(self, *a, **k) -> 'A':\n        return [y async for y in a if y]\r\n"],
  ["a.py", "def f(:\n    return (1,\n\nclass B:\n    pass\n"],
  ["a.py", "if x:\n  pass\nelse\n  y = 1\n"],
  ["a.ts", 'import { a as b } from "./c";\nexport class C<T> extends D implements E {\n  constructor(private readonly x: T) { super(); }\n  m = (y: number): string => `${y}`;\n}\n'],
  ["a.ts", "function f( {\n  return 1\n"],
  ["a.tsx", "export const A = () => <div className={x}>{y}</div>;\n"],
  ["a.js", "const x = require('y');\nmodule.exports = { f() { return x?.z ?? 1; } };\n"],
  ["A.cs", "namespace N;\nusing S = System.String;\npublic partial class A : B, I\n{\n    public A() : base(1) { var x = new C(); }\n    int P { get; set; }\n}\n"],
  ["A.cs", "class A { void M( { int x = ; } }\n"],
  // Hidden rules shown under an alias (`as_pattern_target`, a one-line `block`).
  ["a.py", "with open(p) as f, g as (h, i): pass\nif x: y = 1\n"],
  // Comments (extras) between a production's children, where fields and aliases are counted.
  ["a.py", "def f(a, # c\n      b: 'T' = 1,  # d\n      ) -> ( # e\n  int): # f\n    return {k: v for k, v in a} # g\n"],
  ["a.ts", "const x = f(/* a */ 1, /* b */ y as /* c */ T);\ntype U = { /* d */ [k in K]: V };\nlabel: for (;;) break label;\n"],
  ["A.cs", "class A { /* a */ int /* b */ M(int /* c */ x) => x /* d */ + 1; }\n"],
];

describe("SyntaxTree reads what web-tree-sitter's Node reads", () => {
  const cases = SOURCES.flatMap(([path, text]) => (["whole", "on-demand"] as FlatReading[]).map((reading) => [path, reading, text] as const));

  test.each(cases)("%s, read %s", async (path, reading, text) => {
    await withTree(parseText(supportFor(path), text), (tree) => {
      const syntax = expectSameAsNode(tree, text, reading);
      expect(syntax.root.hasError).toBe(tree.rootNode.hasError);
    });
  });

  test("a tree parsed from included ranges reads the same, on demand", async () => {
    const text = "import os\n\ndef skipped():\n    return 1\n\nclass A:\n    def m(self):  # c\n        return os.sep\n";
    const ranges = [
      { start: 0, end: text.indexOf("def") },
      { start: text.indexOf("class"), end: text.length },
    ];
    await withTree(parseRanges(supportFor("a.py"), text, ranges), (tree) => {
      const syntax = expectSameAsNode(tree, text, "on-demand");
      expect(syntax.root.namedChildren.map((node) => node.type)).toEqual(["import_statement", "class_definition"]);
    });
  });

  test("descendantsOfType finds the nodes of the types asked for, in document order", async () => {
    const text = "def f():\n    def g():\n        pass\n\nclass A:\n    def h(self): ...\n";
    await withTree(parseText(supportFor("a.py"), text), (tree) => {
      const found = new SyntaxTree(tree, text, "on-demand").descendantsOfType(["function_definition", "class_definition"]);
      expect(found.map((node) => node.childForFieldName("name")?.text)).toEqual(["f", "g", "A", "h"]);
    });
  });

  test("descendantsOfType below a node finds those under it only, not the node itself", async () => {
    const text = "def f():\n    def g():\n        pass\n\nclass A:\n    def h(self): ...\n";
    await withTree(parseText(supportFor("a.py"), text), (tree) => {
      const syntax = new SyntaxTree(tree, text, "on-demand");
      const [f, a] = syntax.root.namedChildren;
      if (!f || !a) throw new Error("expected two statements");
      const names = (below: SyntaxNode) => syntax.descendantsOfType(["function_definition", "class_definition"], below).map((node) => node.childForFieldName("name")?.text);
      expect(names(f)).toEqual(["g"]);
      expect(names(a)).toEqual(["h"]);
    });
  });

  test("a tree read whole is read after the parser's tree is deleted", async () => {
    const text = "def f():\n    return 1\n";
    const tree = await parseText(supportFor("a.py"), text);
    const syntax = new SyntaxTree(tree, text, "whole");
    tree.delete();
    expect(syntax.descendantsOfType(["return_statement"]).map((node) => node.text)).toEqual(["return 1"]);
  });

  test("a tree deleted before its nodes are read on demand is reported, not read", async () => {
    const tree = await parseText(supportFor("a.py"), "x = 1\n");
    const syntax = new SyntaxTree(tree, "x = 1\n", "on-demand");
    tree.delete();
    expect(() => syntax.root.children).toThrow("the syntax tree was deleted while its nodes were still being read");
  });

  test.each(SOURCES)("%s copied to another thread (parseToCopy) reads the same", async (path, text) => {
    const support = supportFor(path);
    const copy = await parseToCopy(support.id, text);
    // What a thread receives: the buffers transferred through a message, the tree already deleted.
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<typeof copy>((resolve) => port2.once("message", resolve));
    port1.postMessage(copy, [copy.buffer, copy.lineStarts.buffer]);
    const arrived = await received;
    port1.close();
    expect(copy.buffer.byteLength).toBe(0);
    await withTree(parseText(support, text), (tree) => {
      const fields = tree.language.fields.filter((field): field is string => field !== null);
      const syntax = new SyntaxTree(new FlatTree(arrived, tree.language), text);
      expect(viaSyntaxNode(syntax.root, fields)).toEqual(viaNode(tree.rootNode, fields));
      expect(syntax.hasError).toBe(tree.rootNode.hasError);
    });
  });

  test("a tree read on demand is not copied to another thread", async () => {
    await withTree(parseText(supportFor("a.py"), "x = 1\n"), (tree) => {
      expect(() => new SyntaxTree(tree, "x = 1\n", "on-demand").flat.copy()).toThrow("only a syntax tree read whole can be copied to another thread");
    });
  });
});
