import type { RawDefinition } from "../../../src/engine/languages/language-support.js";
import { buildBlocks, cutChildren } from "../../../src/engine/model/build-blocks.js";

function definition(text: string, source: string, fields: Partial<RawDefinition> & { name: string; kind: RawDefinition["kind"] }): RawDefinition {
  const start = source.indexOf(text);
  const bodyMarker = text.indexOf(":\n");
  return {
    start,
    end: start + text.length,
    bodyStart: bodyMarker === -1 ? start + text.length : start + bodyMarker + 1,
    children: [],
    ...fields,
  };
}

const source = ["import os", "", "class A:", "    x = 1", "    def f(self):", "        pass", "    def f(self, y):", "        pass", ""].join("\n");

function definitions(): RawDefinition[] {
  const first = definition("def f(self):\n        pass", source, { name: "f", kind: "method" });
  const secondStart = source.indexOf("def f(self, y)");
  const second: RawDefinition = { name: "f", kind: "method", start: secondStart, end: secondStart + "def f(self, y):\n        pass".length, bodyStart: secondStart + "def f(self, y):".length, children: [] };
  const classText = source.slice(source.indexOf("class A"), second.end);
  return [definition(classText, source, { name: "A", kind: "class", children: [first, second] })];
}

test("names blocks, suffixes same-named siblings and links parents", () => {
  const blocks = buildBlocks({ file: "a.py", language: "python", text: source, definitions: definitions() });
  expect(blocks.map((block) => [block.id, block.kind, block.parentId])).toEqual([
    ["a.py::<module>", "module", undefined],
    ["a.py::A", "class", "a.py::<module>"],
    ["a.py::A.f", "method", "a.py::A"],
    ["a.py::A.f#2", "method", "a.py::A"],
  ]);
  expect(blocks.map((block) => block.name)).toEqual(["<module>", "A", "f", "f"]);
});

test("own text cuts nested definitions and lines are 1-based and inclusive", () => {
  const blocks = buildBlocks({ file: "a.py", language: "python", text: source, definitions: definitions() });
  const [module, klass, first] = blocks;
  expect(module?.text).toBe("import os\n\n\n");
  expect(klass?.text).toBe("class A:\n    x = 1\n    \n    ");
  expect(klass?.span).toEqual({ start: 11, end: source.length - 1, startLine: 3, endLine: 8 });
  expect(first?.signature).toBe("def f(self):");
  expect(first?.span.startLine).toBe(5);
  expect(first?.span.endLine).toBe(6);
});

test("a file with no module-level text has no <module> block", () => {
  const text = "def f():\n    pass\n";
  const blocks = buildBlocks({ file: "b.py", language: "python", text, definitions: [{ name: "f", kind: "function", start: 0, end: text.length - 1, bodyStart: 8, children: [] }] });
  expect(blocks.map((block) => [block.symbol, block.parentId])).toEqual([["f", undefined]]);
});

test("cutChildren keeps the text between children", () => {
  const text = "0123456789";
  const child = (start: number, end: number): RawDefinition => ({ name: "c", kind: "function", start, end, bodyStart: end, children: [] });
  expect(cutChildren(text, 1, 9, [child(2, 4), child(6, 7)])).toBe("14578");
});
