import { readContracts } from "../../../src/engine/classify/read-contracts.js";
import { parseOne } from "../../helpers/make-repo.js";

async function contractOf(file: string, text: string, symbol: string) {
  const parsed = await parseOne(file, text);
  const contracts = await readContracts(parsed);
  return contracts.get(`${file}::${symbol}`);
}

const p = (name: string, kind: string, extra: object = {}) => ({ name, kind, optional: false, modifiers: [], ...extra });

test("Python: every parameter kind, the receiver, decorators, return type and generators", async () => {
  const text = "class A:\n    @classmethod\n    @lru_cache\n    async def f(cls, a, /, b: int = 2, *args: str, c, d=None, **kw) -> list[int]:\n        yield a\n";
  expect(await contractOf("a.py", text, "A.f")).toMatchObject({
    kind: "callable",
    signature: {
      name: "f",
      parameters: [
        p("cls", "receiver"),
        p("a", "positional-only"),
        p("b", "positional", { type: "int", default: "2" }),
        p("args", "rest", { type: "str" }),
        p("c", "keyword-only"),
        p("d", "keyword-only", { default: "None" }),
        p("kw", "keyword-rest"),
      ],
      returnType: "list[int]",
      async: true,
      generator: true,
      modifiers: ["@classmethod"],
    },
    fields: [],
  });
});

test("Python: a class's bases, decorators and attributes; a module's imports and globals", async () => {
  const text = 'import os.path as osp\nfrom .models import Base, Mixin as M\nTIMEOUT: float = 5.0\n\n@dataclass(frozen=True)\nclass A(Base, metaclass=Meta):\n    """Doc."""\n    x: int = 1\n    y = "s"\n';
  expect(await contractOf("a.py", text, "A")).toEqual({
    kind: "type",
    type: {
      name: "A",
      bases: ["Base", "metaclass=Meta"],
      modifiers: ["@dataclass(frozen=True)"],
      fields: [
        { name: "x", kind: "field", origin: "class", type: "int", value: "1", modifiers: [] },
        { name: "y", kind: "field", origin: "class", value: '"s"', modifiers: [] },
      ],
    },
  });
  expect(await contractOf("a.py", text, "<module>")).toEqual({
    kind: "module",
    entries: [
      { kind: "import", name: "osp", source: "os.path", text: "import os.path as osp" },
      { kind: "import", name: "Base", source: ".models", text: "from .models import Base" },
      { kind: "import", name: "M", source: ".models", text: "from .models import Mixin as M" },
      { kind: "global", name: "TIMEOUT", text: "TIMEOUT: float = 5.0" },
    ],
  });
});

test("TypeScript: this, rest, optional, destructured and parameter-property parameters", async () => {
  const text = "export class A {\n  constructor(private readonly log: Logger, public n = 3) {}\n  protected static async *g<T>(this: A, { p, q }: O = {}, b?: string, ...rest: T[]): AsyncGenerator<T> {}\n}\n";
  expect(await contractOf("a.ts", text, "A.g")).toMatchObject({
    signature: {
      parameters: [p("this", "receiver", { type: "A" }), p("{ p, q }", "positional", { type: "O", default: "{}" }), p("b", "positional", { type: "string", optional: true }), p("rest", "rest", { type: "T[]" })],
      returnType: "AsyncGenerator<T>",
      async: true,
      generator: true,
      modifiers: ["protected", "static"],
      typeParameters: "<T>",
    },
  });
  expect(await contractOf("a.ts", text, "A.constructor")).toMatchObject({
    fields: [
      { name: "log", kind: "field", origin: "constructor", type: "Logger", modifiers: ["private", "readonly"] },
      { name: "n", kind: "field", origin: "constructor", modifiers: ["public"] },
    ],
  });
});

test("C#: params, ref, out, defaults, the extension receiver and type parameters", async () => {
  const text = "static class X\n{\n    public static T M<T>(this string s, ref int a, out int b, int n = 3, params string[] rest) where T : new() { b = 0; return new T(); }\n}\n";
  expect(await contractOf("X.cs", text, "X.M")).toMatchObject({
    signature: {
      parameters: [
        p("s", "positional", { type: "string", modifiers: ["this"] }),
        p("a", "positional", { type: "int", modifiers: ["ref"] }),
        p("b", "positional", { type: "int", modifiers: ["out"] }),
        p("n", "positional", { type: "int", default: "3" }),
        p("rest", "rest", { type: "string[]", modifiers: ["params"] }),
      ],
      returnType: "T",
      modifiers: ["public", "static"],
      typeParameters: "<T> where T : new()",
    },
  });
});
