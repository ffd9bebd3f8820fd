import { main } from "../../src/cli.js";
import { tempDir } from "../helpers/temp-dir.js";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => void (out += text), err: (text) => void (err += text) }, {});
  return { code, out, err };
}

const before = {
  "pkg/probe.py": "def check(url):\n    return url\n",
  "pkg/cli.py": "from pkg.probe import check\n\ndef run(url):\n    return check(url)\n",
  "notes.txt": "not source",
};
const after = {
  "pkg/probe.py": "def check(url, timeout=5.0):\n    return url\n",
  "pkg/cli.py": "from pkg.probe import check\n\ndef run(url):\n    return check(url, timeout=1.0)\n",
};

const dirs: { cleanup: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const dir of dirs) await dir.cleanup();
});

async function dir(files: Record<string, string>): Promise<string> {
  const created = await tempDir(files);
  dirs.push(created);
  return created.path;
}

test("blocks --json lists every block of every source file", async () => {
  const result = await run("blocks", await dir(before), "--json");
  expect(result.code).toBe(0);
  const json = JSON.parse(result.out) as { files: { file: string; blocks: { id: string; kind: string; startLine: number; endLine: number }[] }[] };
  expect(json.files.map((file) => file.file)).toEqual(["pkg/cli.py", "pkg/probe.py"]);
  expect(json.files.flatMap((file) => file.blocks.map((block) => [block.id, block.kind, block.startLine, block.endLine]))).toEqual([
    ["pkg/cli.py::<module>", "module", 1, 4],
    ["pkg/cli.py::run", "function", 3, 4],
    ["pkg/probe.py::check", "function", 1, 2],
  ]);
});

test("blocks prints one line per block and warns about syntax errors on stderr", async () => {
  const result = await run("blocks", await dir({ "a.py": "def ok():\n    pass\n\ndef broken(:\n    pass\n" }));
  expect(result.code).toBe(0);
  expect(result.out).toContain("a.py::ok\tfunction\t1-2\n");
  expect(result.err).toMatch(/^warning: a\.py:4: syntax error/m);
});

test("diff-blocks --json prints [{file, symbol, status}]", async () => {
  const result = await run("diff-blocks", await dir(before), await dir(after), "--json");
  expect(result.code).toBe(0);
  expect(JSON.parse(result.out)).toEqual([
    { file: "pkg/cli.py", symbol: "run", status: "modified" },
    { file: "pkg/probe.py", symbol: "check", status: "modified" },
  ]);
});

test("graph --json resolves the call through the import", async () => {
  const result = await run("graph", await dir(before), "--json", "--focus", "pkg/probe.py::check", "--depth", "1");
  expect(result.code).toBe(0);
  const json = JSON.parse(result.out) as { edges: { from: string; to: string; relation: string; confidence: string }[] };
  expect(json.edges.filter((edge) => edge.relation === "Calls")).toEqual([
    expect.objectContaining({ from: "pkg/cli.py::run", to: "pkg/probe.py::check", relation: "Calls", confidence: "resolved" }),
  ]);
});

test("graph parses on as many threads as --threads says, and prints the same graph", async () => {
  const repo = await dir(before);
  const oneThread = await run("graph", repo, "--json", "--threads", "0");
  expect(oneThread.code).toBe(0);
  expect(JSON.parse(oneThread.out)).toEqual(JSON.parse((await run("graph", repo, "--json", "--threads", "2")).out));
  const bad = await run("graph", repo, "--threads", "two");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("option '--threads <n>' argument 'two' is invalid. expected a whole number");
});

test("a missing directory is a clear error with exit code 1", async () => {
  const result = await run("blocks", "/nonexistent/codeplan-dir");
  expect(result).toEqual({ code: 1, out: "", err: "codeplan: Not a directory: /nonexistent/codeplan-dir\n" });
});

test("usage errors exit with 2 and say what is wrong", async () => {
  const missing = await run("diff-blocks", "only-one");
  expect(missing.code).toBe(2);
  expect(missing.err).toContain("missing required argument 'afterDir'");
  const unknown = await run("frobnicate");
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain("unknown command 'frobnicate'");
  const depth = await run("graph", ".", "--depth", "2");
  expect(depth).toEqual({ code: 1, out: "", err: "codeplan: --depth needs --focus <file::symbol>.\n" });
});

test("--help exits 0 and lists the commands", async () => {
  const result = await run("--help");
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/blocks.*\n.*diff-blocks/s);
});

test("plan --since lists the seed and the blocks it affects; a missing revision is exit 1", async () => {
  const { execFileSync } = await import("node:child_process");
  const { writeFile } = await import("node:fs/promises");
  const repo = await dir(before);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "base");
  await writeFile(`${repo}/pkg/probe.py`, "def check(url, timeout):\n    return url\n");
  const result = await run("plan", repo, "--since", "HEAD", "--json");
  expect(result.code).toBe(0);
  expect(JSON.parse(result.out)).toEqual({
    obligations: [
      { block: "pkg/probe.py::check", status: "seed", causes: [] },
      {
        block: "pkg/cli.py::run",
        status: "planned",
        causes: [
          {
            from: "pkg/probe.py::check",
            relation: "CalledBy",
            text: expect.stringMatching(/^`pkg\/cli.py::run` calls `pkg\/probe.py::check`; `check` signature changed: .*timeout/),
          },
        ],
      },
    ],
  });
  expect(await run("plan", repo, "--since", "nope")).toEqual({ code: 1, out: "", err: `codeplan: ${repo} has no revision nope (git rev-parse found no such commit).\n` });
});

test("eval on a folder that is not a task is exit 1 with the reason", async () => {
  const folder = await dir({ "x.py": "" });
  const result = await run("eval", folder, "--no-oracle");
  expect(result.code).toBe(1);
  expect(result.err).toBe(`codeplan: ${folder} is not a task folder: ${folder}/task.json cannot be read\n`);
});
