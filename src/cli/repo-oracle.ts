import { CommandOracle } from "../adapters/command-oracle.js";
import { pyrightOracle } from "../adapters/oracle/pyright-oracle.js";
import { tscOracle } from "../adapters/oracle/tsc-oracle.js";
import type { SandboxPolicy } from "../adapters/oracle/sandbox-policy.js";
import type { OracleConfig } from "../config/repo-config.js";
import type { Oracle } from "../engine/index.js";

/**
 * The oracle a repository's config asks for, run in `repoRoot`. `auto`: tsc when the repository has
 * a tsconfig.json at its root, else pyright when it has Python files, else none (a C# or other
 * repository names its build command in .github/codeplan.yml). Every one runs confined by `sandbox`.
 */
export function repoOracle(config: OracleConfig, repoRoot: string, files: readonly string[], sandbox: SandboxPolicy): Oracle | undefined {
  const options = { ...("timeoutSeconds" in config && config.timeoutSeconds ? { timeoutMs: config.timeoutSeconds * 1000 } : {}), sandbox };
  switch (config.kind) {
    case "none":
      return undefined;
    case "pyright":
      return pyrightOracle({ repoRoot, ...options });
    case "tsc":
      return tscOracle({ repoRoot, ...options });
    case "command":
      return new CommandOracle({ argv: config.argv, repoRoot, format: config.format, ...options });
    case "auto":
      if (files.includes("tsconfig.json")) return tscOracle({ repoRoot, sandbox });
      if (files.some((file) => file.endsWith(".py"))) return pyrightOracle({ repoRoot, sandbox });
      return undefined;
  }
}
