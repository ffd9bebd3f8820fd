import { sketchBlock } from "../../../src/engine/edit/sketch.js";
import { parseOne } from "../../helpers/make-repo.js";

function doTest(file: string, source: string, symbol: string, expected: string, folded: string[]) {
  return async () => {
    const parsed = await parseOne(file, source);
    const sketch = sketchBlock(parsed, `${file}::${symbol}`);
    expect(sketch.text).toBe(expected);
    expect(sketch.folded).toEqual(folded.map((name) => `${file}::${name}`));
  };
}

const python = `import logging

class Outer:
    """Docs."""
    limit = 3

    def first(self, a: int) -> int:
        return a + 1

    class Inner:
        size = 1

        @property
        def area(self):
            return self.size ** 2

        def grow(self, by):
            self.size += by

def helper(x):
    return x
`;

test(
  "Python: a method in a nested class shows its enclosing classes' own text and folds the rest",
  doTest(
    "geo.py",
    python,
    "Outer.Inner.grow",
    `import logging

class Outer:
    """Docs."""
    limit = 3

    def first(self, a: int) -> int: ...

    class Inner:
        size = 1

        @property
        def area(self): ...

        def grow(self, by):
            self.size += by

def helper(x): ...
`,
    ["Outer.first", "Outer.Inner.area", "helper"],
  ),
);

test(
  "Python: the <module> sketch folds every definition",
  doTest("geo.py", python, "<module>", "import logging\n\nclass Outer: ...\n\ndef helper(x): ...\n", ["Outer", "helper"]),
);

test(
  "Python: a class sketch shows the class's own text with its members folded",
  doTest(
    "geo.py",
    python,
    "Outer",
    `import logging

class Outer:
    """Docs."""
    limit = 3

    def first(self, a: int) -> int: ...

    class Inner: ...

def helper(x): ...
`,
    ["Outer.first", "Outer.Inner", "helper"],
  ),
);

test("Python: CRLF and tabs are kept as they are", async () => {
  const source = "class A:\r\n\tdef f(self):\r\n\t\treturn 1\r\n\tdef g(self):\r\n\t\treturn 2\r\n";
  const sketch = sketchBlock(await parseOne("t.py", source), "t.py::A.g");
  expect(sketch.text).toBe("class A:\r\n\tdef f(self): ...\r\n\tdef g(self):\r\n\t\treturn 2\r\n");
  expect(sketch.shownInFull).toEqual(["t.py::A", "t.py::A.g"]);
});

test("an unknown block is a CodeplanError naming it", async () => {
  const parsed = await parseOne("geo.py", python);
  expect(() => sketchBlock(parsed, "geo.py::Nope")).toThrow("No block geo.py::Nope in geo.py");
});

test("TypeScript: a member without a body is shown in full in its own interface's sketch", async () => {
  const parsed = await parseOne("shape.ts", "export interface Shape {\n  area(): number;\n}\n\nexport abstract class Base {\n  abstract area(): number;\n\n  describe(): string {\n    return `${this.area()}`;\n  }\n}\n");
  const sketch = sketchBlock(parsed, "shape.ts::Shape");
  expect(sketch.text).toBe("export interface Shape {\n  area(): number;\n}\n\nexport abstract class Base { /* … */ }\n");
  expect(sketch.shownInFull).toEqual(["shape.ts::Shape", "shape.ts::Shape.area"]);
  expect(sketchBlock(parsed, "shape.ts::Base.describe").folded).toEqual(["shape.ts::Shape", "shape.ts::Base.area"]);
});
