import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("C# files that are broken or unusual", () => {
  it("keeps the definitions that parsed around a syntax error and reports its line", async () => {
    const text = [
      "public class A",
      "{",
      "    public void Good() { }",
      "    int x = ;",
      "    public void After() { return 1 }",
      "}",
    ].join("\n");
    const parsed = await parseOne("A.cs", text);
    expect(symbolsOf(parsed)).toEqual(["A class", "A.Good method", "A.After method"]);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([4, 5]);
  });

  it("still finds members when the class header is lost in an error", async () => {
    const text = [
      "public class A",
      "{",
      "    public void Good() { }",
      "    public void Unclosed() {",
      "        if (x) {",
      "    }",
      "    public void After() { }",
      "}",
      "public class B { void M() { } }",
    ].join("\n");
    const parsed = await parseOne("A.cs", text);
    // tree-sitter wraps the unclosed class in an ERROR node; its members surface at the top level
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "Good method",
      "Unclosed method",
      "Unclosed.After function",
      "B class",
      "B.M method",
    ]);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([1]);
  });

  it("reads CRLF line endings", async () => {
    const text = "using System;\r\n\r\nclass A\r\n{\r\n    void M()\r\n    {\r\n    }\r\n}\r\n";
    const parsed = await parseOne("A.cs", text);
    expect(symbolsOf(parsed)).toEqual(["<module> module", "A class", "A.M method"]);
    expect(blockOf(parsed, "A.M").text).toBe("void M()\r\n    {\r\n    }");
    expect(blockOf(parsed, "A.M").span).toMatchObject({ startLine: 5, endLine: 7 });
    expect(normalised(blockOf(parsed, "A").text)).toBe("class A\n{\n}");
    expect(parsed.problems).toEqual([]);
  });

  it("reads tab indentation", async () => {
    const text = "namespace N\n{\n\tclass A\n\t{\n\t\t[Fact]\n\t\tvoid M() { }\n\t}\n}\n";
    const parsed = await parseOne("A.cs", text);
    expect(symbolsOf(parsed)).toEqual(["<module> module", "A class", "A.M method"]);
    expect(blockOf(parsed, "A.M").text).toBe("[Fact]\n\t\tvoid M() { }");
    expect(blockOf(parsed, "A").text).toBe("class A\n\t{\n\t\t\n\t}");
  });

  it("reads a Latin-1 file and keeps offsets on the decoded text", async () => {
    const head = new TextEncoder().encode("// caf");
    const tail = new TextEncoder().encode(' ok\nclass A { string S() => "x"; }\n');
    const bytes = new Uint8Array([...head, 0xe9, ...tail]);
    const parsed = await parseOne("A.cs", bytes);
    expect(parsed.encoding).toBe("latin1");
    expect(blockOf(parsed, "<module>").text).toBe("// café ok\n\n");
    expect(blockOf(parsed, "A.S").text).toBe('string S() => "x";');
  });

  it("uses string offsets after characters outside the basic plane", async () => {
    const text = 'class A\n{\n    string E = "😀😀";\n    [Fact] void M() { }\n}\n';
    const parsed = await parseOne("A.cs", text);
    const method = blockOf(parsed, "A.M");
    expect(method.span.start).toBe(text.indexOf("[Fact]"));
    expect(method.text).toBe("[Fact] void M() { }");
  });

  it("gives an empty or blank file no blocks, and a comment-only file only <module>", async () => {
    expect((await parseOne("Empty.cs", "")).blocks).toEqual([]);
    expect((await parseOne("Blank.cs", "\n  \n")).blocks).toEqual([]);
    expect(symbolsOf(await parseOne("Note.cs", "// nothing here\n"))).toEqual(["<module> module"]);
  });

  it("keeps #region lines, global attributes and top-level delegates in the enclosing block", async () => {
    const text = [
      "[assembly: CLSCompliant(true)]",
      "public delegate void Done(int code);",
      "class A",
      "{",
      "    #region Work",
      "    void W() { }",
      "    #endregion",
      "}",
    ].join("\n");
    const parsed = await parseOne("A.cs", text);
    expect(symbolsOf(parsed)).toEqual(["<module> module", "A class", "A.W method"]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("[assembly: CLSCompliant(true)]\npublic delegate void Done(int code);");
    expect(normalised(blockOf(parsed, "A").text)).toBe("class A\n{\n    #region Work\n    #endregion\n}");
  });
});
