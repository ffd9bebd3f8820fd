import { mcsOracle } from "../adapters/oracle/mcs-oracle.js";
import { pyrightOracle } from "../adapters/oracle/pyright-oracle.js";
import { tscOracle } from "../adapters/oracle/tsc-oracle.js";
import type { EvalTask, Oracle, SourceTree } from "../engine/index.js";

/** The type checker a benchmark task is checked with: pyright, tsc, or mcs over every C# file. */
export async function taskOracle(task: EvalTask, root: string, tree: SourceTree): Promise<Oracle> {
  if (task.language === "python") return pyrightOracle({ repoRoot: root });
  if (task.language === "typescript") return tscOracle({ repoRoot: root });
  const files = (await tree.listFiles()).filter((file) => file.endsWith(".cs"));
  return mcsOracle({ repoRoot: root, files });
}
