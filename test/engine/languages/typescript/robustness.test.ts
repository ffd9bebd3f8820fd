import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("TypeScript files that are unusual or broken", () => {
  test("a syntax error keeps the definitions that parsed and reports its line", async () => {
    const parsed = await parseOne(
      "src/broken.ts",
      `export function first() {
  return 1;
}

export function broken() {
  const x = ;
  return x;
}

export class Service {
  run() {
    if (ready {
      go();
    }
  }

  stop() {}
}

export function last() {}
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "first function",
      "broken function",
      "Service class",
      "Service.run method",
      "Service.stop method",
      "last function",
    ]);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([6, 12]);
    expect(normalised(blockOf(parsed, "last").text)).toBe("export function last() {}");
  });

  test("an unclosed body keeps the definitions before it", async () => {
    const parsed = await parseOne("a.ts", "export function ok() {\n  return 1;\n}\n\nfunction open( {\n");
    expect(symbolsOf(parsed)).toEqual(["<module> module", "ok function"]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("function open( {");
    expect(parsed.problems.map((problem) => problem.line)).toEqual([5]);
  });

  test("CRLF line endings: blocks span the right lines and normalise like LF", async () => {
    const lf = "export class A {\n  x = 1;\n\n  m(): void {\n    go();\n  }\n}\n";
    const parsed = await parseOne("a.ts", lf.replace(/\n/g, "\r\n"));
    expect(symbolsOf(parsed)).toEqual(["A class", "A.m method"]);
    const method = blockOf(parsed, "A.m");
    expect(method.span.startLine).toBe(4);
    expect(method.span.endLine).toBe(6);
    expect(method.text).toBe("m(): void {\r\n    go();\r\n  }");
    expect(normalised(blockOf(parsed, "A").text)).toBe("export class A {\n  x = 1;\n}");
  });

  test("tab indentation", async () => {
    const parsed = await parseOne("a.ts", "class A {\n\t@dec\n\tm() {\n\t\treturn 1;\n\t}\n}\n");
    expect(blockOf(parsed, "A.m").text).toBe("@dec\n\tm() {\n\t\treturn 1;\n\t}");
    expect(normalised(blockOf(parsed, "A").text)).toBe("class A {\n}");
  });

  test("a Latin-1 byte in a comment and a string decodes and parses", async () => {
    const text = "// caf\u00e9\nexport function greet(): string {\n  return \"ol\u00e9\";\n}\n";
    const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
    const parsed = await parseOne("a.ts", bytes);
    expect(parsed.encoding).toBe("latin1");
    expect(symbolsOf(parsed)).toEqual(["<module> module", "greet function"]);
    expect(blockOf(parsed, "greet").text).toBe("export function greet(): string {\n  return \"ol\u00e9\";\n}");
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("// caf\u00e9");
  });

  test("an empty file has no blocks", async () => {
    const parsed = await parseOne("empty.ts", "");
    expect(parsed.blocks).toEqual([]);
    expect(parsed.problems).toEqual([]);
  });

  test("comments above definitions belong to the enclosing block, decorators to the definition", async () => {
    const parsed = await parseOne(
      "a.ts",
      `/** Creates things. */
export function make() {
  // a helper
  function helper() {}
}

class Box {
  /** Opens it. */
  @traced
  // why it is traced
  open() {}
}
`,
    );
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("/** Creates things. */");
    expect(normalised(blockOf(parsed, "make").text)).toBe("export function make() {\n  // a helper\n}");
    expect(normalised(blockOf(parsed, "Box").text)).toBe("class Box {\n  /** Opens it. */\n}");
    expect(blockOf(parsed, "Box.open").text).toBe("@traced\n  // why it is traced\n  open() {}");
  });

  test("a file of declarations only (.d.ts) parses without bodies", async () => {
    const parsed = await parseOne(
      "types/index.d.ts",
      "export declare function load(path: string): Promise<void>;\nexport interface Options {\n  retries: number;\n}\n",
    );
    expect(symbolsOf(parsed)).toEqual(["load signature", "Options interface"]);
  });
});
