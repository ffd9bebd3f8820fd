import { runGit } from "./run-git.js";

/**
 * Commits exactly `paths` (as they are in the working tree) with `message`; other staged or
 * unstaged changes stay as they were. Returns the new commit's id. Never amends, never pushes.
 */
export async function commitFiles(repoDir: string, paths: readonly string[], message: string): Promise<string> {
  await runGit(repoDir, ["add", "--", ...paths]);
  await runGit(repoDir, ["commit", "--quiet", "-m", message, "--", ...paths]);
  return (await runGit(repoDir, ["rev-parse", "HEAD"])).trim();
}
