import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { GitRevisionTree } from "../../src/adapters/git-revision-tree.js";
import { CodeGraph, MemorySourceTree, codeplanImpact, propagate, seedFromTrees } from "../../src/engine/index.js";
import { ScriptedModel, silentLogger } from "../helpers/scripted-model.js";
import { tempDir } from "../helpers/temp-dir.js";

let repo: { path: string; cleanup: () => Promise<void> };

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: repo.path, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
}

beforeAll(async () => {
  repo = await tempDir({
    "probe.py": "def check(url):\n    return url\n",
    "cli.py": "from probe import check\n\n\ndef run(url):\n    return check(url)\n",
    "node_modules/x/index.js": "module.exports = 1\n",
    "README.md": "docs\n",
  });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "before");
  writeFileSync(join(repo.path, "probe.py"), "def check(url, timeout):\n    return url\n");
  writeFileSync(join(repo.path, "README.md"), "more docs\n");
  git("commit", "-qam", "seed");
});

afterAll(async () => {
  await repo.cleanup();
});

test("lists tracked files at a revision without vendored folders, and reads them", async () => {
  const base = await GitRevisionTree.open(repo.path, "HEAD~1");
  expect(await base.listFiles()).toEqual(["README.md", "cli.py", "probe.py"]);
  expect(new TextDecoder().decode(await base.readFile("probe.py"))).toBe("def check(url):\n    return url\n");
  await expect(base.readFile("missing.py")).rejects.toThrow(/missing\.py does not exist at [0-9a-f]{12}/);
});

test("the seed between two revisions is the changed source files; propagation plans from it", async () => {
  const base = await GitRevisionTree.open(repo.path, "HEAD~1");
  const head = await GitRevisionTree.open(repo.path, "HEAD");
  const seed = await seedFromTrees({ base, head, baseName: "HEAD~1", headName: "HEAD" });
  expect(seed).toEqual({ kind: "edit", files: [{ path: "probe.py", text: "def check(url, timeout):\n    return url\n" }] });
  const files: Record<string, Uint8Array> = {};
  for (const path of await base.listFiles()) files[path] = await base.readFile(path);
  const tree = new MemorySourceTree(files);
  const model = new ScriptedModel({ "cli.py::run": (sketch) => sketch.replace("check(url)", "check(url, 5)") });
  await propagate({ tree, graph: await CodeGraph.build(tree), instruction: "pass a timeout", seeds: [seed], editModel: model, impact: codeplanImpact(), logger: silentLogger });
  expect(new TextDecoder().decode(await tree.readFile("cli.py"))).toBe("from probe import check\n\n\ndef run(url):\n    return check(url, 5)\n");
});

test("a revision that does not exist and a diff without source changes are clear errors", async () => {
  await expect(GitRevisionTree.open(repo.path, "no-such-branch")).rejects.toThrow(`${repo.path} has no revision no-such-branch`);
  const head = await GitRevisionTree.open(repo.path, "HEAD");
  await expect(seedFromTrees({ base: head, head, baseName: "HEAD", headName: "HEAD" })).rejects.toThrow(
    "No source file differs between HEAD and HEAD: there is no edit to carry through.",
  );
});
