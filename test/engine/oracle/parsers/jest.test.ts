import { parseJest } from "../../../../src/engine/oracle/parsers/jest.js";
import { tempDir } from "../../../helpers/temp-dir.js";
import { projectBin, runTool, type ToolRun } from "../run-tool.js";

// Plain CommonJS so that jest needs no transform; the library throws, reached through a method.
const PROJECT = {
  "src/config.js": [
    "function endpoint(settings) {",
    "  if (!settings.apiEndpoint) {",
    '    throw new Error("missing apiEndpoint");',
    "  }",
    "  return settings.apiEndpoint;",
    "}",
    "",
    "class Loader {",
    "  load(settings) {",
    "    return endpoint(settings);",
    "  }",
    "}",
    "",
    "module.exports = { endpoint, Loader };",
    "",
  ].join("\n"),
  "src/config.test.js": [
    'const { endpoint, Loader } = require("./config");',
    "",
    'describe("Loader", () => {',
    '  test("loads the endpoint", () => {',
    '    console.log("loading");',
    '    expect(new Loader().load({ url: "x" })).toBe("x");',
    "  });",
    "});",
    "",
    'test("plain", () => {',
    '  expect(endpoint({ apiEndpoint: "z" })).toBe("q");',
    "});",
    "",
    'test("ok", () => {',
    '  expect(endpoint({ apiEndpoint: "y" })).toBe("y");',
    "});",
    "",
  ].join("\n"),
};

describe("parseJest on real jest output", () => {
  let run: ToolRun;
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir(PROJECT));
    run = await runTool([projectBin("jest"), "--rootDir", root, "--ci", "--no-cache", "--no-watchman", "--config", '{"transform":{}}'], root);
  });
  afterAll(() => cleanup());

  it("reads each ● failure's stack, innermost frame first, ignoring console output", () => {
    // jest printed on stderr:
    //     console.log
    //       loading
    //         at Object.<anonymous> (src/config.test.js:5:13)
    //   FAIL src/config.test.js
    //     ● Loader › loads the endpoint
    //       missing apiEndpoint
    //       (code frame)
    //       at endpoint (src/config.js:3:11)
    //       at Loader.load (src/config.js:10:12)
    //       at Object.<anonymous> (src/config.test.js:6:25)
    //     ● plain
    //       expect(received).toBe(expected) // Object.is equality
    //       … at Object.<anonymous> (src/config.test.js:11:42)
    expect(run.status).toBe(1);
    const loader = "Loader › loads the endpoint: missing apiEndpoint";
    const plain = "plain: expect(received).toBe(expected) // Object.is equality";
    expect(parseJest(run.stderr, { repoRoot: root })).toEqual([
      { file: "src/config.js", line: 3, column: 11, severity: "error", message: loader, source: "jest" },
      { file: "src/config.js", line: 10, column: 12, severity: "error", message: loader, source: "jest" },
      { file: "src/config.test.js", line: 6, column: 25, severity: "error", message: loader, source: "jest" },
      { file: "src/config.test.js", line: 11, column: 42, severity: "error", message: plain, source: "jest" },
    ]);
  });
});

describe("parseJest edge cases", () => {
  it("reads absolute frames, skips node internals and node_modules, and drops the summary's repeats", () => {
    const failure = [
      "  ● Client › sends",
      "",
      "    TypeError: fetch is not a function",
      "",
      "      at send (/repo/src/client.ts:12:5)",
      "      at Object.request (/repo/node_modules/lib/index.js:1:1)",
      "      at processTicksAndRejections (node:internal/process/task_queues:95:5)",
      "      at Object.<anonymous> (/repo/src/client.test.ts:30:7)",
      "",
    ];
    const output = ["FAIL src/client.test.ts", ...failure, "Summary of all failing tests", "FAIL src/client.test.ts", ...failure].join("\n");
    const message = "Client › sends: TypeError: fetch is not a function";
    expect(parseJest(output, { repoRoot: "/repo" })).toEqual([
      { file: "src/client.ts", line: 12, column: 5, severity: "error", code: "TypeError", message, source: "jest" },
      { file: "src/client.test.ts", line: 30, column: 7, severity: "error", code: "TypeError", message, source: "jest" },
    ]);
  });

  it("reads a suite that failed to run", () => {
    const output = [
      "  ● Test suite failed to run",
      "",
      "    Cannot find module './missing' from 'src/a.test.js'",
      "",
      "      at Resolver._throwModNotFoundError (node_modules/jest-resolve/build/resolver.js:427:11)",
      "      at Object.<anonymous> (src/a.test.js:1:1)",
    ].join("\n");
    expect(parseJest(output, { repoRoot: "/repo" })).toEqual([
      { file: "src/a.test.js", line: 1, column: 1, severity: "error", message: "Test suite failed to run: Cannot find module './missing' from 'src/a.test.js'", source: "jest" },
    ]);
  });
});
