import { CommandOracle } from "../adapters/command-oracle.js";
import { pyrightOracle } from "../adapters/oracle/pyright-oracle.js";
import { tscOracle } from "../adapters/oracle/tsc-oracle.js";
import type { OracleConfig } from "../config/repo-config.js";
import type { Oracle } from "../engine/index.js";

/**
 * The oracle a repository's config asks for, run in `repoRoot`. `auto`: tsc when the repository has
 * a tsconfig.json at its root, else pyright when it has Python files, else none (a C# or other
 * repository names its build command in .github/codeplan.yml).
 */
export function repoOracle(config: OracleConfig, repoRoot: string, files: readonly string[]): Oracle | undefined {
  const timeout = "timeoutSeconds" in config && config.timeoutSeconds ? { timeoutMs: config.timeoutSeconds * 1000 } : {};
  switch (config.kind) {
    case "none":
      return undefined;
    case "pyright":
      return pyrightOracle({ repoRoot, ...timeout });
    case "tsc":
      return tscOracle({ repoRoot, ...timeout });
    case "command":
      return new CommandOracle({ argv: config.argv, repoRoot, format: config.format, ...timeout });
    case "auto":
      if (files.includes("tsconfig.json")) return tscOracle({ repoRoot });
      if (files.some((file) => file.endsWith(".py"))) return pyrightOracle({ repoRoot });
      return undefined;
  }
}
