import { changedRange, movedBy, textEdit } from "../../../src/engine/parse/text-edit.js";

describe("textEdit", () => {
  test("equal texts need no edit", () => {
    expect(textEdit("a\nb\n", "a\nb\n")).toBeUndefined();
  });

  test("an insertion spans nothing of the old text and its own text in the new one", () => {
    expect(textEdit("def f():\n    pass\n", "def f():\n    g()\n    pass\n")).toEqual({
      startIndex: 13,
      oldEndIndex: 13,
      newEndIndex: 21,
      startPosition: { row: 1, column: 4 },
      oldEndPosition: { row: 1, column: 4 },
      newEndPosition: { row: 2, column: 4 },
    });
  });

  test("a replacement between a common prefix and suffix", () => {
    expect(textEdit("x = old(1)\n", "x = new_one(1)\n")).toEqual({
      startIndex: 4,
      oldEndIndex: 7,
      newEndIndex: 11,
      startPosition: { row: 0, column: 4 },
      oldEndPosition: { row: 0, column: 7 },
      newEndPosition: { row: 0, column: 11 },
    });
  });

  test("a deletion of whole lines", () => {
    expect(textEdit("a\nb\nc\n", "a\nc\n")).toEqual({
      startIndex: 2,
      oldEndIndex: 4,
      newEndIndex: 2,
      startPosition: { row: 1, column: 0 },
      oldEndPosition: { row: 2, column: 0 },
      newEndPosition: { row: 1, column: 0 },
    });
  });

  test("offsets and columns count UTF-16 units, as the strings tree-sitter parses do", () => {
    // "💶" is two UTF-16 units, "é" one.
    const edit = textEdit("# 💶 é\nx = 1\n", "# 💶 é\nx = 22\n");
    expect(edit).toEqual({
      startIndex: 11,
      oldEndIndex: 12,
      newEndIndex: 13,
      startPosition: { row: 1, column: 4 },
      oldEndPosition: { row: 1, column: 5 },
      newEndPosition: { row: 1, column: 6 },
    });
  });

  test("the common suffix never overlaps the common prefix", () => {
    expect(textEdit("aa", "aaa")).toMatchObject({ startIndex: 2, oldEndIndex: 2, newEndIndex: 3 });
    expect(textEdit("aaa", "aa")).toMatchObject({ startIndex: 2, oldEndIndex: 3, newEndIndex: 2 });
  });
});

describe("changedRange on long texts (compared a chunk at a time)", () => {
  const base = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join("");
  const cases: [string, number, number, string][] = [
    ["a change at the start", 0, 1, "X"],
    ["a change at a chunk's last character", 511, 512, "X"],
    ["a change at a chunk's first character", 512, 513, "X"],
    ["an insertion after two chunks", 1024, 1024, "XYZ"],
    ["a deletion across a chunk boundary", 1000, 1100, ""],
    ["a change at the end", 2999, 3000, "X"],
  ];

  test.each(cases)("%s", (_, start, end, inserted) => {
    const after = base.slice(0, start) + inserted + base.slice(end);
    const range = changedRange(base, after);
    expect(range).toBeDefined();
    if (!range) return;
    // The smallest range: what it replaces may be shorter than the edit when characters repeat.
    expect(base.slice(0, range.start) + after.slice(range.start, range.newEnd) + base.slice(range.oldEnd)).toBe(after);
    expect(range.start).toBe(commonPrefixLength(base, after));
    expect(base.length - range.oldEnd).toBe(Math.min(commonSuffixLength(base, after), base.length - range.start, after.length - range.start));
  });
});

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < Math.min(a.length, b.length) && a[length] === b[length]) length++;
  return length;
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < Math.min(a.length, b.length) && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}

describe("movedBy", () => {
  // "abcXYZdef" → "abcQdef": old [3, 6) became new [3, 4), one character shorter.
  const range = { start: 3, oldEnd: 6, newEnd: 4 };

  test.each([
    ["before the change, touching it", 0, 3, 0],
    ["after the change, touching it", 4, 7, -2],
    ["overlapping the change", 2, 4, undefined],
    ["inside the change", 3, 4, undefined],
  ])("a stretch %s", (_, start, end, expected) => {
    expect(movedBy(range, start, end)).toBe(expected);
  });
});
