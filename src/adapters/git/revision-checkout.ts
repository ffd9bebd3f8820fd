import { mkdtemp, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runGit } from "./run-git.js";

/**
 * Runs `use` on a checkout of `commit` in a temporary detached worktree (the repository's own
 * working tree is never touched), with the repository's node_modules linked in so its tools
 * resolve; the worktree is removed afterwards, also when `use` throws.
 */
export async function withRevisionCheckout<T>(repoDir: string, commit: string, use: (dir: string) => Promise<T>): Promise<T> {
  const parent = await mkdtemp(join(tmpdir(), "codeplan-base-"));
  const dir = join(parent, "checkout");
  await runGit(repoDir, ["worktree", "add", "--detach", "--quiet", dir, commit]);
  try {
    const modules = join(repoDir, "node_modules");
    if (await stat(modules).then((info) => info.isDirectory(), () => false)) await symlink(modules, join(dir, "node_modules"), "dir");
    return await use(dir);
  } finally {
    await runGit(repoDir, ["worktree", "remove", "--force", dir]).catch(() => undefined);
    await rm(parent, { recursive: true, force: true });
    await runGit(repoDir, ["worktree", "prune"]).catch(() => undefined);
  }
}
