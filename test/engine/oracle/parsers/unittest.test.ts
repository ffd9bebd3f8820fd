import { parseUnittest } from "../../../../src/engine/oracle/parsers/unittest.js";
import { tempDir } from "../../../helpers/temp-dir.js";
import { runTool, type ToolRun } from "../run-tool.js";

const PROJECT = {
  "app/__init__.py": "",
  "app/config.py": ["def endpoint(settings):", '    return settings["api_endpoint"]', "", "", "class Loader:", "    def load(self, settings):", "        return endpoint(settings)", ""].join("\n"),
  "tests/__init__.py": "",
  "tests/test_config.py": [
    "import unittest",
    "",
    "from app.config import Loader, endpoint",
    "",
    "",
    "class ConfigTest(unittest.TestCase):",
    "    def test_loader(self):",
    '        self.assertEqual(Loader().load({"url": "x"}), "x")',
    "",
    "    def test_plain(self):",
    '        self.assertEqual(endpoint({"api_endpoint": "z"}), "q")',
    "",
  ].join("\n"),
  "scripts/run.py": ["import sys", "sys.path.insert(0, '.')", "from app.config import Loader", "", "Loader().load({})", ""].join("\n"),
};

describe("parseUnittest on real Python output", () => {
  let tests: ToolRun;
  let script: ToolRun;
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir(PROJECT));
    [tests, script] = await Promise.all([
      runTool(["python3", "-m", "unittest", "discover", "-s", "tests", "-t", "."], root),
      runTool(["python3", "scripts/run.py"], root),
    ]);
  });
  afterAll(() => cleanup());

  it("reads each ERROR/FAIL report with its traceback, innermost frame first", () => {
    // python3 -m unittest printed on stderr:
    //   ERROR: test_loader (tests.test_config.ConfigTest…)
    //   Traceback (most recent call last):
    //     File "<root>/tests/test_config.py", line 8, in test_loader
    //     File "<root>/app/config.py", line 7, in load
    //     File "<root>/app/config.py", line 2, in endpoint
    //   KeyError: 'api_endpoint'
    //   FAIL: test_plain (…)  … unittest/case.py frames were hidden …  AssertionError: 'z' != 'q'
    expect(tests.status).toBe(1);
    const loader = "tests.test_config.ConfigTest.test_loader: KeyError: 'api_endpoint'";
    const plain = "tests.test_config.ConfigTest.test_plain: AssertionError: 'z' != 'q'";
    expect(parseUnittest(tests.stderr, { repoRoot: root })).toEqual([
      { file: "app/config.py", line: 2, severity: "error", code: "KeyError", message: loader, source: "unittest" },
      { file: "app/config.py", line: 7, severity: "error", code: "KeyError", message: loader, source: "unittest" },
      { file: "tests/test_config.py", line: 8, severity: "error", code: "KeyError", message: loader, source: "unittest" },
      { file: "tests/test_config.py", line: 11, severity: "error", code: "AssertionError", message: plain, source: "unittest" },
    ]);
  });

  it("reads a plain program crash, which belongs to no test", () => {
    expect(script.status).toBe(1);
    expect(parseUnittest(script.stderr, { repoRoot: root })).toEqual([
      { file: "app/config.py", line: 2, severity: "error", code: "KeyError", message: "KeyError: 'api_endpoint'", source: "unittest" },
      { file: "app/config.py", line: 7, severity: "error", code: "KeyError", message: "KeyError: 'api_endpoint'", source: "unittest" },
      { file: "scripts/run.py", line: 5, severity: "error", code: "KeyError", message: "KeyError: 'api_endpoint'", source: "unittest" },
    ]);
  });
});

describe("parseUnittest edge cases", () => {
  it("names tests the pre-3.11 way too, reads chained tracebacks and skips library frames", () => {
    const output = [
      "======================================================================",
      "ERROR: test_save (tests.test_store.StoreTest)",
      "----------------------------------------------------------------------",
      "Traceback (most recent call last):",
      '  File "/repo/app/store.py", line 4, in save',
      "    self.db[key] = value",
      "TypeError: 'NoneType' object does not support item assignment",
      "",
      "During handling of the above exception, another exception occurred:",
      "",
      "Traceback (most recent call last):",
      '  File "/repo/tests/test_store.py", line 9, in test_save',
      "    Store().save('k', 1)",
      '  File "/usr/lib/python3.9/contextlib.py", line 120, in __exit__',
      "    next(self.gen)",
      "app.errors.StoreError: cannot save",
      "",
      "----------------------------------------------------------------------",
      "Ran 1 test in 0.001s",
    ].join("\n");
    expect(parseUnittest(output, { repoRoot: "/repo" })).toEqual([
      {
        file: "app/store.py",
        line: 4,
        severity: "error",
        code: "TypeError",
        message: "tests.test_store.StoreTest.test_save: TypeError: 'NoneType' object does not support item assignment",
        source: "unittest",
      },
      {
        file: "tests/test_store.py",
        line: 9,
        severity: "error",
        code: "app.errors.StoreError",
        message: "tests.test_store.StoreTest.test_save: app.errors.StoreError: cannot save",
        source: "unittest",
      },
    ]);
  });
});
