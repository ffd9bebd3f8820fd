import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("Python definitions under compound statements", () => {
  test("defs under module-level try/if/with/for/while/match are top-level blocks", async () => {
    const parsed = await parseOne(
      "compat.py",
      `try:
    from ujson import loads
except ImportError:
    def loads(text):
        return text
finally:
    def cleanup():
        pass

if DEBUG:
    class Tracer:
        def trace(self):
            pass
elif VERBOSE:
    def chatty():
        pass

with lock:
    def guarded():
        pass

for name in NAMES:
    def looped():
        pass
else:
    def after_loop():
        pass

while False:
    def never():
        pass

match MODE:
    case "fast":
        def fast():
            pass
    case _:
        pass
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "loads function",
      "cleanup function",
      "Tracer class",
      "Tracer.trace method",
      "chatty function",
      "guarded function",
      "looped function",
      "after_loop function",
      "never function",
      "fast function",
    ]);
    expect(blockOf(parsed, "Tracer").parentId).toBe("compat.py::<module>");
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(
      [
        "try:",
        "    from ujson import loads",
        "except ImportError:",
        "finally:",
        "if DEBUG:",
        "elif VERBOSE:",
        "with lock:",
        "for name in NAMES:",
        "else:",
        "while False:",
        "match MODE:",
        '    case "fast":',
        "    case _:",
        "        pass",
      ].join("\n"),
    );
  });

  test("the __main__ guard's statements are <module>; a def inside it is a top-level function", async () => {
    const parsed = await parseOne(
      "tool.py",
      `def main():
    return 0


if __name__ == "__main__":
    def _entry():
        raise SystemExit(main())

    _entry()
`,
    );
    expect(symbolsOf(parsed)).toEqual(["<module> module", "main function", "_entry function"]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(['if __name__ == "__main__":', "    _entry()"].join("\n"));
  });

  test("defs under an if in a class body are methods; under an if in a function, nested functions", async () => {
    const parsed = await parseOne(
      "a.py",
      `class Backend:
    if PY2:
        def name(self):
            return b"x"
    else:
        def name(self):
            return "x"

    try:
        def __init__(self):
            pass
    except NameError:
        pass


def outer(flag):
    if flag:
        def inner():
            return 1
    with ctx:
        for _ in range(2):
            def deep():
                return 2
    return inner
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "Backend class",
      "Backend.name method",
      "Backend.name#2 method",
      "Backend.__init__ constructor",
      "outer function",
      "outer.inner function",
      "outer.deep function",
    ]);
    expect(normalised(blockOf(parsed, "Backend").text)).toBe(
      ["class Backend:", "    if PY2:", "    else:", "    try:", "    except NameError:", "        pass"].join("\n"),
    );
  });

  test("nested defs and classes are found in function bodies that hold them, with or without a syntax error", async () => {
    const source = `def plain(x):
    return x + 1

def outer():
    total = 0
    async def fetch():
        pass
    for item in items:
        class Local:
            pass
    return fetch
`;
    const definitions = ["plain function", "outer function", "outer.fetch function", "outer.Local class"];
    expect(symbolsOf(await parseOne("nested.py", source))).toEqual(definitions);
    expect(symbolsOf(await parseOne("broken.py", `${source}\nbroken = (\n`))).toEqual(["<module> module", ...definitions]);
  });
});
