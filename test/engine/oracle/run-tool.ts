import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** codeplan's own checkout, whose node_modules hold pyright, tsc and jest. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface ToolRun {
  stdout: string;
  stderr: string;
  /** null when a signal ended the tool. */
  status: number | null;
}

/**
 * Runs a real tool (no shell) in `cwd` and captures what it printed. Tools that report problems
 * exit non-zero, so a non-zero status is not an error here; a tool that cannot start is.
 */
export function runTool(argv: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<ToolRun> {
  const [command = "", ...args] = argv;
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code === "string") {
        reject(new Error(`could not run ${command}: ${error.message} (the test needs it; \`node scripts/setup.mjs\` installs it)`));
        return;
      }
      resolve({ stdout, stderr, status: error ? (typeof error.code === "number" ? error.code : null) : 0 });
    });
  });
}

/** A tool from codeplan's node_modules/.bin. */
export function projectBin(name: string): string {
  return `${PROJECT_ROOT}node_modules/.bin/${name}`;
}
