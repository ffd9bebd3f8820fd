import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CodeplanError } from "../../engine/index.js";

const execFileAsync = promisify(execFile);

/** Runs git in `cwd` and returns its stdout; a CodeplanError (code "git-failed") with git's own message otherwise. */
export async function runGit(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync("git", [...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new CodeplanError({ code: "git-failed", userMessage: `git ${args[0] ?? ""} failed in ${cwd}: ${stderr || String(error)}`, cause: error });
  }
}
