import { languageForPath } from "../../../src/engine/languages/registry.js";
import type { LanguageSupport } from "../../../src/engine/languages/language-support.js";
import { parseText, reparseText } from "../../../src/engine/parse/parser-pool.js";

function supportFor(path: string): LanguageSupport {
  const support = languageForPath(path);
  if (!support) throw new Error(`no language for ${path}`);
  return support;
}

const PYTHON = ["# Prix « panier » 💶", "def first():", "    return 1", "", "def second(x):", "    return x + 1", ""].join("\n");

describe("reparseText", () => {
  test("gives the tree a fresh parse gives, reusing the unchanged definitions of the old tree", async () => {
    const support = supportFor("a.py");
    const old = await parseText(support, PYTHON);
    const text = PYTHON.replace("    return x + 1", "    y = x * 2\n    return y + 1");
    const tree = await reparseText(support, text, { tree: old, text: PYTHON });
    const fresh = await parseText(support, text);
    try {
      expect(tree.rootNode.toString()).toBe(fresh.rootNode.toString());
      expect(tree.rootNode.namedChild(1)?.text).toBe("def first():\n    return 1");
      // A node's id is its place in its parent's children: the children of a definition tree-sitter
      // reused keep their ids, those of the edited one do not.
      const nameOf = (index: number, root: typeof tree.rootNode) => root.namedChild(index)?.childForFieldName("name")?.id;
      expect(nameOf(1, tree.rootNode)).toBe(nameOf(1, old.rootNode));
      expect(nameOf(2, tree.rootNode)).not.toBe(nameOf(2, old.rootNode));
    } finally {
      old.delete();
      tree.delete();
      fresh.delete();
    }
  });

  test("leaves the old tree as it was", async () => {
    const support = supportFor("a.py");
    const old = await parseText(support, PYTHON);
    const before = old.rootNode.toString();
    const tree = await reparseText(support, `\n\n${PYTHON}`, { tree: old, text: PYTHON });
    try {
      expect(old.rootNode.toString()).toBe(before);
      expect(old.rootNode.namedChild(1)?.startPosition).toEqual({ row: 1, column: 0 });
      expect(tree.rootNode.namedChild(1)?.startPosition).toEqual({ row: 3, column: 0 });
    } finally {
      old.delete();
      tree.delete();
    }
  });

  test("a result with a syntax error is the fresh parse's", async () => {
    const support = supportFor("a.ts");
    const before = "function f(a: number) {\n  return a;\n}\nfunction g() {\n  return f(1);\n}\n";
    const after = before.replace("return f(1);", "return f(1;");
    const old = await parseText(support, before);
    const tree = await reparseText(support, after, { tree: old, text: before });
    const fresh = await parseText(support, after);
    try {
      expect(tree.rootNode.hasError).toBe(true);
      expect(tree.rootNode.toString()).toBe(fresh.rootNode.toString());
    } finally {
      old.delete();
      tree.delete();
      fresh.delete();
    }
  });
});
