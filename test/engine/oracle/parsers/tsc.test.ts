import { parseTsc } from "../../../../src/engine/oracle/parsers/tsc.js";
import { tempDir } from "../../../helpers/temp-dir.js";
import { projectBin, runTool, type ToolRun } from "../run-tool.js";

// Two files: a call that misses the new parameter (TS2554) and a class missing an interface member
// (TS2420, whose message chain continues on an indented line).
const PROJECT = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", module: "nodenext", noEmit: true }, include: ["src"] }),
  "src/lib.ts": ["export class Client {", "  send(msg: string, timeout: number): void {", "    console.log(msg, timeout);", "  }", "}", "", "export interface Shape {", "  area(): number;", "  name: string;", "}", ""].join("\n"),
  "src/app.ts": [
    'import { Client, type Shape } from "./lib.js";',
    "",
    "export function run(): void {",
    '  new Client().send("x");',
    "}",
    "",
    "export class Square implements Shape {",
    "  area(): number {",
    "    return 1;",
    "  }",
    "}",
    "",
  ].join("\n"),
};

const EXPECTED = [
  { file: "src/app.ts", line: 4, column: 16, severity: "error", code: "TS2554", message: "Expected 2 arguments, but got 1.", source: "tsc" },
  {
    file: "src/app.ts",
    line: 7,
    column: 14,
    severity: "error",
    code: "TS2420",
    message: "Class 'Square' incorrectly implements interface 'Shape'.\nProperty 'name' is missing in type 'Square' but required in type 'Shape'.",
    source: "tsc",
  },
];

describe("parseTsc on real tsc output", () => {
  let plain: ToolRun;
  let pretty: ToolRun;
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir(PROJECT));
    [plain, pretty] = await Promise.all([
      runTool([projectBin("tsc"), "--noEmit", "--pretty", "false", "-p", root], root),
      runTool([projectBin("tsc"), "--noEmit", "--pretty", "true", "-p", root], root),
    ]);
  });
  afterAll(() => cleanup());

  it("reads --pretty false output, joining the continuation line to its message", () => {
    // tsc printed:
    //   src/app.ts(4,16): error TS2554: Expected 2 arguments, but got 1.
    //   src/app.ts(7,14): error TS2420: Class 'Square' incorrectly implements interface 'Shape'.
    //     Property 'name' is missing in type 'Square' but required in type 'Shape'.
    expect(plain.stdout).toContain("src/app.ts(4,16): error TS2554");
    expect(parseTsc(plain.stdout, { repoRoot: root })).toEqual(EXPECTED);
  });

  it("reads pretty output the same, ignoring its code frames and related locations", () => {
    // tsc printed `src/app.ts:4:16 - error TS2554: …` in colour, then the source line, squiggles and
    // `src/lib.ts:2:21` with "An argument for 'timeout' was not provided."
    expect(pretty.stdout).toContain("\x1b[");
    expect(parseTsc(pretty.stdout, { repoRoot: root })).toEqual(EXPECTED);
  });
});

describe("parseTsc edge cases", () => {
  it("leaves out errors without a file and files outside the repository, with their continuation lines", () => {
    const output = [
      "error TS5058: The specified path does not exist: '/nope'.",
      "../other/x.ts(1,1): error TS1000: outside.",
      "  continued outside.",
      "/repo/node_modules/@types/y/index.d.ts(2,3): error TS2300: Duplicate identifier 'y'.",
      "src/a.ts(3,1): warning TS6133: 'x' is declared but its value is never read.",
    ].join("\n");
    expect(parseTsc(output, { repoRoot: "/repo" })).toEqual([
      { file: "node_modules/@types/y/index.d.ts", line: 2, column: 3, severity: "error", code: "TS2300", message: "Duplicate identifier 'y'.", source: "tsc" },
      { file: "src/a.ts", line: 3, column: 1, severity: "warning", code: "TS6133", message: "'x' is declared but its value is never read.", source: "tsc" },
    ]);
  });

  it("reads Windows paths and CRLF line ends", () => {
    const output = "C:\\repo\\src\\a.ts(12,5): error TS2554: Expected 2 arguments, but got 1.\r\n  Detail.\r\n";
    expect(parseTsc(output, { repoRoot: "C:\\repo" })).toEqual([
      { file: "src/a.ts", line: 12, column: 5, severity: "error", code: "TS2554", message: "Expected 2 arguments, but got 1.\nDetail.", source: "tsc" },
    ]);
  });
});
