import { parsePytest } from "../../../../src/engine/oracle/parsers/pytest.js";
import { tempDir } from "../../../helpers/temp-dir.js";
import { runTool, type ToolRun } from "../run-tool.js";

// A library function that raises on a missing key, reached through a method, and two tests.
const PROJECT = {
  "app/__init__.py": "",
  "app/config.py": ["def endpoint(settings):", '    return settings["api_endpoint"]', "", "", "class Loader:", "    def load(self, settings):", "        return endpoint(settings)", ""].join("\n"),
  "tests/__init__.py": "",
  "tests/test_config.py": [
    "from app.config import Loader, endpoint",
    "",
    "",
    "def test_loader():",
    '    assert Loader().load({"url": "x"}) == "x"',
    "",
    "",
    "def test_plain():",
    '    assert endpoint({"api_endpoint": "z"}) == "q"',
    "",
    "",
    "def test_ok():",
    '    assert endpoint({"api_endpoint": "y"}) == "y"',
    "",
  ].join("\n"),
};

const LOADER = "test_loader: KeyError: 'api_endpoint'";
const PLAIN = "test_plain: AssertionError: assert 'z' == 'q'";

// Every repository frame of each failure, innermost first: the function that raised, the method
// that called it, then the test.
const EXPECTED = [
  { file: "app/config.py", line: 2, severity: "error", code: "KeyError", message: LOADER, source: "pytest" },
  { file: "app/config.py", line: 7, severity: "error", code: "KeyError", message: LOADER, source: "pytest" },
  { file: "tests/test_config.py", line: 5, severity: "error", code: "KeyError", message: LOADER, source: "pytest" },
  { file: "tests/test_config.py", line: 9, severity: "error", code: "AssertionError", message: PLAIN, source: "pytest" },
];

describe("parsePytest on real pytest output", () => {
  const runs: Record<"short" | "long" | "native", ToolRun> = {} as Record<"short" | "long" | "native", ToolRun>;
  let root: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir(PROJECT));
    // Debian's pytest (python3-pytest, installed by scripts/setup.mjs) with Debian's python3.
    const pytest = (tb: string): Promise<ToolRun> => runTool(["pytest-3", `--tb=${tb}`, "-p", "no:cacheprovider", "-q"], root);
    [runs.short, runs.long, runs.native] = await Promise.all([pytest("short"), pytest("long"), pytest("native")]);
  });
  afterAll(() => cleanup());

  it("reads --tb=short", () => {
    // pytest printed, under "=== FAILURES ===":
    //   ___ test_loader ___
    //   tests/test_config.py:5: in test_loader
    //       assert Loader().load({"url": "x"}) == "x"
    //   app/config.py:7: in load
    //   …
    //   E   KeyError: 'api_endpoint'
    expect(runs.short.status).toBe(1);
    expect(runs.short.stdout).toContain("tests/test_config.py:5: in test_loader");
    expect(parsePytest(runs.short.stdout, { repoRoot: root })).toEqual(EXPECTED);
  });

  it("reads --tb=long (the default), whose frame lines end with the exception name", () => {
    // pytest printed the source of each frame, `>` at the failing line, `E       KeyError: 'api_endpoint'`
    // and then `app/config.py:2: KeyError`; earlier frames end with `app/config.py:7: `.
    expect(runs.long.stdout).toContain("app/config.py:2: KeyError");
    expect(parsePytest(runs.long.stdout, { repoRoot: root })).toEqual(EXPECTED);
  });

  it("reads --tb=native, Python's own traceback format", () => {
    // pytest printed `Traceback (most recent call last):`, `  File "<root>/app/config.py", line 2, in endpoint`, …
    expect(runs.native.stdout).toContain("Traceback (most recent call last):");
    expect(parsePytest(runs.native.stdout, { repoRoot: root })).toEqual(EXPECTED);
  });
});

describe("parsePytest edge cases", () => {
  it("reads collection errors and skips frames of installed packages and the Python library", () => {
    const output = [
      "==================================== ERRORS ====================================",
      "____________________ ERROR collecting tests/test_client.py _____________________",
      "ImportError while importing test module '/repo/tests/test_client.py'.",
      "Traceback:",
      "/usr/lib/python3.11/importlib/__init__.py:126: in import_module",
      "    return _bootstrap._gcd_import(name[level:], package)",
      "tests/test_client.py:1: in <module>",
      "    from app.client import send",
      ".venv/lib/python3.11/site-packages/requests/__init__.py:3: in <module>",
      "    raise ImportError('x')",
      "E   ImportError: cannot import name 'send' from 'app.client' (/repo/app/client.py)",
      "=========================== short test summary info ============================",
      "ERROR tests/test_client.py",
      "tests/test_client.py:9: not a frame of any failure",
    ].join("\n");
    expect(parsePytest(output, { repoRoot: "/repo" })).toEqual([
      {
        file: "tests/test_client.py",
        line: 1,
        severity: "error",
        code: "ImportError",
        message: "ERROR collecting tests/test_client.py: ImportError: cannot import name 'send' from 'app.client' (/repo/app/client.py)",
        source: "pytest",
      },
    ]);
  });

  it("reads Windows paths", () => {
    const output = ["_____ test_a _____", "tests\\test_a.py:4: in test_a", "    f()", "E   ValueError: bad", "=== 1 failed ==="].join("\r\n");
    expect(parsePytest(output, { repoRoot: "C:\\repo" })).toEqual([
      { file: "tests/test_a.py", line: 4, severity: "error", code: "ValueError", message: "test_a: ValueError: bad", source: "pytest" },
    ]);
  });

  it("finds nothing in a clean run", () => {
    expect(parsePytest("...                                   [100%]\n3 passed in 0.01s\n", { repoRoot: "/repo" })).toEqual([]);
  });
});
