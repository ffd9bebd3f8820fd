import { blockOf, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("Python block kinds and nesting", () => {
  test("functions, classes, methods, constructors, accessors and async defs get their kinds", async () => {
    const parsed = await parseOne(
      "shop/cart.py",
      `import json


def total(items):
    return sum(items)


async def fetch(url):
    return url


class Cart:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)

    async def save(self):
        return json.dumps(self.items)

    @property
    def size(self):
        return len(self.items)

    @staticmethod
    def empty():
        return Cart()
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "total function",
      "fetch function",
      "Cart class",
      "Cart.__init__ constructor",
      "Cart.add method",
      "Cart.save method",
      "Cart.size accessor",
      "Cart.empty method",
    ]);
  });

  test("nested functions and classes are named outer.inner at any depth", async () => {
    const parsed = await parseOne(
      "app/factory.py",
      `def create_app(config):
    def application(environ):
        def respond():
            return environ
        return respond()

    class Handler:
        def handle(self):
            return config

    return application


class Outer:
    class Inner:
        def method(self):
            def helper():
                return 1
            return helper()

    def run(self):
        class Local:
            def __init__(self):
                pass
        return Local()
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "create_app function",
      "create_app.application function",
      "create_app.application.respond function",
      "create_app.Handler class",
      "create_app.Handler.handle method",
      "Outer class",
      "Outer.Inner class",
      "Outer.Inner.method method",
      "Outer.Inner.method.helper function",
      "Outer.run method",
      "Outer.run.Local class",
      "Outer.run.Local.__init__ constructor",
    ]);
  });

  test("each block's parent is the definition around it, and top-level blocks hang off <module>", async () => {
    const parsed = await parseOne(
      "a.py",
      `import os


class Outer:
    class Inner:
        def method(self):
            def helper():
                return os.sep
            return helper()
`,
    );
    const parents = parsed.blocks.map((block) => [block.symbol, block.parentId]);
    expect(parents).toEqual([
      ["<module>", undefined],
      ["Outer", "a.py::<module>"],
      ["Outer.Inner", "a.py::Outer"],
      ["Outer.Inner.method", "a.py::Outer.Inner"],
      ["Outer.Inner.method.helper", "a.py::Outer.Inner.method"],
    ]);
  });

  test("a file of definitions only has no <module> block, and top-level blocks then have no parent", async () => {
    const parsed = await parseOne("a.py", "def one():\n    return 1\n");
    expect(symbolsOf(parsed)).toEqual(["one function"]);
    expect(blockOf(parsed, "one").parentId).toBeUndefined();
  });

  test("lambdas assigned at module level and in a class stay in the enclosing block", async () => {
    const parsed = await parseOne(
      "a.py",
      `square = lambda x: x * x


class Rules:
    check = lambda self: True
`,
    );
    expect(symbolsOf(parsed)).toEqual(["<module> module", "Rules class"]);
  });
});
