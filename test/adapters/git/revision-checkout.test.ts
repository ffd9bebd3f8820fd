import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commitFiles } from "../../../src/adapters/git/commit-files.js";
import { withRevisionCheckout } from "../../../src/adapters/git/revision-checkout.js";
import { tempDir } from "../../helpers/temp-dir.js";

let repo: { path: string; cleanup: () => Promise<void> };
const env = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" };
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo.path, encoding: "utf8", env });

beforeEach(async () => {
  repo = await tempDir({ "a.py": "x = 1\n", ".gitignore": "node_modules/\n" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "one");
  writeFileSync(join(repo.path, "a.py"), "x = 2\n");
  mkdirSync(join(repo.path, "node_modules/tool"), { recursive: true });
  writeFileSync(join(repo.path, "node_modules/tool/index.js"), "module.exports = 1\n");
});

afterEach(async () => {
  await repo.cleanup();
});

test("a revision is checked out on the side, with node_modules linked in, and removed afterwards", async () => {
  let seen = "";
  const result = await withRevisionCheckout(repo.path, "HEAD", async (dir) => {
    seen = dir;
    expect(readFileSync(join(dir, "a.py"), "utf8")).toBe("x = 1\n");
    expect(readFileSync(join(dir, "node_modules/tool/index.js"), "utf8")).toBe("module.exports = 1\n");
    return 42;
  });
  expect(result).toBe(42);
  expect(existsSync(seen)).toBe(false);
  expect(git("worktree", "list").trim().split("\n")).toHaveLength(1);
  expect(readFileSync(join(repo.path, "a.py"), "utf8")).toBe("x = 2\n");
});

test("the checkout is removed when the work throws", async () => {
  let seen = "";
  await expect(
    withRevisionCheckout(repo.path, "HEAD", async (dir) => {
      seen = dir;
      throw new Error("oracle crashed");
    }),
  ).rejects.toThrow("oracle crashed");
  expect(existsSync(seen)).toBe(false);
  expect(git("worktree", "list").trim().split("\n")).toHaveLength(1);
});

test("commitFiles commits only the given paths and leaves other changes alone", async () => {
  writeFileSync(join(repo.path, "b.py"), "y = 1\n");
  const commit = await commitFiles(repo.path, ["b.py"], "codeplan: add b");
  expect(git("rev-parse", "HEAD").trim()).toBe(commit);
  expect(git("show", "--name-only", "--format=%s", "HEAD").trim()).toBe("codeplan: add b\n\nb.py");
  expect(git("status", "--porcelain")).toBe(" M a.py\n");
  await expect(commitFiles(repo.path, ["missing.py"], "x")).rejects.toThrow(/^git add failed in .*: fatal: pathspec 'missing.py' did not match any files/);
});
