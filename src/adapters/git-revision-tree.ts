import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CodeplanError, type SourceTree } from "../engine/index.js";
import { SKIPPED_FOLDERS } from "./disk-source-tree.js";

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

/** A repository as it was at one git revision, read with `git ls-tree` / `git show` (tracked files only). */
export class GitRevisionTree implements SourceTree {
  private constructor(
    private readonly repoDir: string,
    readonly commit: string,
  ) {}

  /** Resolves `revision` to a commit; a CodeplanError naming it when the repository has no such revision. */
  static async open(repoDir: string, revision: string): Promise<GitRevisionTree> {
    try {
      const { stdout } = await run("git", ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], { cwd: repoDir });
      return new GitRevisionTree(repoDir, stdout.trim());
    } catch (error) {
      throw new CodeplanError({ code: "revision-not-found", userMessage: `${repoDir} has no revision ${revision} (git rev-parse found no such commit).`, cause: error });
    }
  }

  async listFiles(): Promise<string[]> {
    const { stdout } = await run("git", ["ls-tree", "-r", "-z", "--name-only", this.commit], { cwd: this.repoDir, maxBuffer: MAX_BUFFER });
    return stdout
      .split("\0")
      .filter((path) => path !== "" && !path.split("/").slice(0, -1).some((folder) => SKIPPED_FOLDERS.has(folder)))
      .sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    try {
      const { stdout } = await run("git", ["show", `${this.commit}:${path}`], { cwd: this.repoDir, encoding: "buffer", maxBuffer: MAX_BUFFER });
      return new Uint8Array(stdout);
    } catch (error) {
      throw new CodeplanError({ code: "file-not-found", userMessage: `${path} does not exist at ${this.commit.slice(0, 12)}`, location: { file: path }, cause: error });
    }
  }
}
