import { CommandOracle } from "../command-oracle.js";
import { resolvePackageFile } from "./resolve-package-file.js";
import type { SandboxPolicy } from "./sandbox-policy.js";

/** pyright (codeplan's own copy, run with this Node) over the repository, read from `--outputjson`. */
export function pyrightOracle(params: { repoRoot: string; timeoutMs?: number; sandbox?: SandboxPolicy }): CommandOracle {
  return new CommandOracle({
    name: "pyright",
    // `-p <root>`: pyright resolves the package's own imports only from the project root.
    argv: [process.execPath, resolvePackageFile("pyright"), "--outputjson", "-p", params.repoRoot],
    displayCommand: "pyright --outputjson -p .",
    repoRoot: params.repoRoot,
    format: "pyright",
    ...(params.timeoutMs === undefined ? {} : { timeoutMs: params.timeoutMs }),
    ...(params.sandbox ? { sandbox: params.sandbox } : {}),
  });
}
