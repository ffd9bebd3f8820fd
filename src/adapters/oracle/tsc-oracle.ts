import { existsSync } from "node:fs";
import { join } from "node:path";
import { CommandOracle } from "../command-oracle.js";
import { resolvePackageFile } from "./resolve-package-file.js";
import type { SandboxPolicy } from "./sandbox-policy.js";

/**
 * `tsc --noEmit --pretty false -p <root>`: the repository's own TypeScript when it has one installed
 * (its version is the one its code is written for), else codeplan's.
 */
export function tscOracle(params: { repoRoot: string; timeoutMs?: number; sandbox?: SandboxPolicy }): CommandOracle {
  const own = join(params.repoRoot, "node_modules", "typescript", "bin", "tsc");
  const tsc = existsSync(own) ? own : resolvePackageFile("typescript/bin/tsc");
  return new CommandOracle({
    name: "tsc",
    argv: [process.execPath, tsc, "--noEmit", "--pretty", "false", "-p", params.repoRoot],
    displayCommand: "tsc --noEmit --pretty false -p .",
    repoRoot: params.repoRoot,
    format: "tsc",
    ...(params.timeoutMs === undefined ? {} : { timeoutMs: params.timeoutMs }),
    ...(params.sandbox ? { sandbox: params.sandbox } : {}),
  });
}
