import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("Python files that are awkward to read", () => {
  test("a syntax error is reported on its line and the definitions that parsed are still blocks", async () => {
    const parsed = await parseOne(
      "broken.py",
      `import os


def fine():
    return os.sep


def broken(:
    pass


class Still:
    def works(self):
        return 1
`,
    );
    expect(symbolsOf(parsed)).toEqual(["<module> module", "fine function", "broken function", "Still class", "Still.works method"]);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([8]);
    expect(blockOf(parsed, "Still.works").text).toBe("def works(self):\n        return 1");
  });

  test("a header missing its colon loses that def but not the defs after it", async () => {
    const parsed = await parseOne(
      "a.py",
      `class Service:
    def start(self)
        pass

    def stop(self):
        pass
`,
    );
    // tree-sitter wraps the whole file in one ERROR node here, so `stop` surfaces at the top level.
    expect(symbolsOf(parsed)).toEqual(["Service class", "stop function"]);
    expect(parsed.problems).toHaveLength(1);
  });

  test("CRLF line endings give the same blocks and lines as LF", async () => {
    const lf = "import os\n\n\nclass A:\n    x = 1\n\n    def m(self):\n        return os.sep\n";
    const parsed = await parseOne("crlf.py", lf.replace(/\n/g, "\r\n"));
    expect(symbolsOf(parsed)).toEqual(["<module> module", "A class", "A.m method"]);
    const method = blockOf(parsed, "A.m");
    expect(method.text).toBe("def m(self):\r\n        return os.sep");
    expect(method.signature).toBe("def m(self):");
    expect([method.span.startLine, method.span.endLine]).toEqual([7, 8]);
    expect(normalised(blockOf(parsed, "A").text)).toBe("class A:\n    x = 1");
  });

  test("tab indentation nests the same way as spaces", async () => {
    const parsed = await parseOne("tabs.py", "class A:\n\tdef m(self):\n\t\tdef inner():\n\t\t\treturn 1\n\t\treturn inner()\n");
    expect(symbolsOf(parsed)).toEqual(["A class", "A.m method", "A.m.inner function"]);
    expect(normalised(blockOf(parsed, "A.m").text)).toBe("def m(self):\n\t\treturn inner()");
  });

  test("a Latin-1 file decodes and its offsets still line up with the blocks", async () => {
    const head = new TextEncoder().encode("# -*- coding: latin-1 -*-\n# caf");
    const tail = new TextEncoder().encode(' au lait\n\n\ndef greet():\n    return "hi"\n');
    const bytes = new Uint8Array([...head, 0xe9, ...tail]);
    const parsed = await parseOne("legacy.py", bytes);
    expect(parsed.encoding).toBe("latin1");
    expect(symbolsOf(parsed)).toEqual(["<module> module", "greet function"]);
    expect(blockOf(parsed, "greet").text).toBe('def greet():\n    return "hi"');
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("# -*- coding: latin-1 -*-\n# café au lait");
  });

  test("non-ASCII text before a definition keeps offsets in string indexes", async () => {
    const parsed = await parseOne("a.py", 'GREETING = "héllo 👋"\n\n\ndef wave():\n    return GREETING\n');
    expect(blockOf(parsed, "wave").text).toBe("def wave():\n    return GREETING");
  });

  test("an empty file and a blank __init__.py have no blocks at all", async () => {
    expect((await parseOne("empty.py", "")).blocks).toEqual([]);
    expect((await parseOne("pkg/__init__.py", "\n\n")).blocks).toEqual([]);
  });

  test("a .pyi stub's `...` bodies are function and method blocks", async () => {
    const parsed = await parseOne(
      "api.pyi",
      `from typing import overload

def fetch(url: str, timeout: float = ...) -> bytes: ...

class Client:
    base: str
    def __init__(self, base: str) -> None: ...
    @overload
    def get(self, path: str) -> bytes: ...
    @overload
    def get(self, path: bytes) -> bytes: ...
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "fetch function",
      "Client class",
      "Client.__init__ constructor",
      "Client.get method",
      "Client.get#2 method",
    ]);
    expect(blockOf(parsed, "fetch").signature).toBe("def fetch(url: str, timeout: float = ...) -> bytes:");
    expect(normalised(blockOf(parsed, "Client").text)).toBe("class Client:\n    base: str");
  });
});
