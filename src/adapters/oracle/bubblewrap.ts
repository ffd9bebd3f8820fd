import { accessSync, constants, existsSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Home folders hidden from a sandboxed command: credentials (.npmrc, .ssh, .aws, …) live there. */
const HOMES = ["/root", "/home"];

/** The environment a sandboxed command gets: nothing of codeplan's own (no keys, no tokens). */
const SANDBOX_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** codeplan's own installation (its node_modules hold pyright and TypeScript), found from this file. */
const CODEPLAN_ROOT = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));

/** Whether `path` is `folder` or lies below it. */
function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}

/**
 * The argv that runs `argv` in bubblewrap: every namespace unshared (no network, not even
 * loopback; its own process tree), the file system read-only but for `repoRoot` and a fresh /tmp,
 * home folders hidden, and an environment with only PATH, HOME=/tmp and the locale. What a command
 * needs from a folder replaced that way (Node.js and codeplan's own packages, installed under a home
 * or a temporary folder) is shown again, read-only.
 */
export function bubblewrapArgv(params: { argv: readonly string[]; repoRoot: string; installed?: readonly string[] }): string[] {
  const { argv, repoRoot, installed = [dirname(dirname(process.execPath)), CODEPLAN_ROOT] } = params;
  const homes = HOMES.filter((home) => existsSync(home));
  const replaced = ["/tmp", ...homes];
  const needed = installed.filter((path) => replaced.some((folder) => isWithin(path, folder)));
  return [
    "bwrap",
    "--unshare-all",
    "--die-with-parent",
    "--new-session",
    ...["--ro-bind", "/", "/"],
    ...["--dev", "/dev"],
    ...["--proc", "/proc"],
    ...["--tmpfs", "/tmp"],
    ...homes.flatMap((home) => ["--tmpfs", home]),
    ...needed.flatMap((path) => ["--ro-bind", path, path]),
    ...["--bind", repoRoot, repoRoot],
    ...["--chdir", repoRoot],
    "--clearenv",
    ...["--setenv", "PATH", sandboxPath()],
    ...["--setenv", "HOME", "/tmp"],
    ...["--setenv", "LANG", "C.UTF-8"],
    "--",
    ...argv,
  ];
}

/** PATH inside the sandbox: Node.js's folder, then the system's. */
function sandboxPath(): string {
  return `${dirname(process.execPath)}:${SANDBOX_PATH}`;
}

/** Whether `program` (a path, or a name looked up on the sandbox's PATH) is an executable the sandbox can start. */
export function sandboxCanRun(program: string): boolean {
  const candidates = program.includes("/") ? [program] : sandboxPath().split(":").map((folder) => join(folder, program));
  return candidates.some((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
