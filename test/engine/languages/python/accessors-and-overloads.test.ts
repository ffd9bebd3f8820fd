import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("Python same-named siblings", () => {
  test("a property's getter, setter and deleter are accessors C.x, C.x#2, C.x#3", async () => {
    const parsed = await parseOne(
      "a.py",
      `import functools


class Temperature:
    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value

    @celsius.deleter
    def celsius(self):
        del self._c

    @functools.cached_property
    def kelvin(self):
        return self._c + 273.15

    @functools.lru_cache()
    def cached(self):
        return 1
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "Temperature class",
      "Temperature.celsius accessor",
      "Temperature.celsius#2 accessor",
      "Temperature.celsius#3 accessor",
      "Temperature.kelvin accessor",
      "Temperature.cached method",
    ]);
    expect(normalised(blockOf(parsed, "Temperature.celsius#2").text)).toBe(
      ["@celsius.setter", "    def celsius(self, value):", "        self._c = value"].join("\n"),
    );
  });

  test("@property outside a class body does not make an accessor", async () => {
    const parsed = await parseOne("a.py", "@property\ndef loose(self):\n    return 1\n");
    expect(symbolsOf(parsed)).toEqual(["loose function"]);
  });

  test("typing overloads get #2, #3 suffixes in source order", async () => {
    const parsed = await parseOne(
      "a.py",
      `from typing import overload


@overload
def parse(value: int) -> int: ...
@overload
def parse(value: str) -> str: ...
def parse(value):
    return value


class Codec:
    @overload
    def encode(self, value: int) -> bytes: ...
    @overload
    def encode(self, value: str) -> bytes: ...
    def encode(self, value):
        return bytes(value)
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "parse function",
      "parse#2 function",
      "parse#3 function",
      "Codec class",
      "Codec.encode method",
      "Codec.encode#2 method",
      "Codec.encode#3 method",
    ]);
    expect(blockOf(parsed, "parse#2").signature).toBe("@overload def parse(value: str) -> str:");
    expect(blockOf(parsed, "parse#3").parentId).toBe("a.py::<module>");
  });

  test("redefining a function under if/else yields name and name#2", async () => {
    const parsed = await parseOne(
      "a.py",
      `import sys

if sys.platform == "win32":
    def home():
        return "C:\\\\"
else:
    def home():
        return "/"
`,
    );
    expect(symbolsOf(parsed)).toEqual(["<module> module", "home function", "home#2 function"]);
  });
});
