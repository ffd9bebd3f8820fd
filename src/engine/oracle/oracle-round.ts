import type { DiagnosticInBlock } from "./diagnostic-in-block.js";
import { checkTree } from "./check-tree.js";
import { newDiagnostics } from "./new-diagnostics.js";
import type { Oracle, SourceTree } from "../ports.js";
import type { OracleRound } from "../propagate/loop-state.js";

/**
 * An oracle round for the propagate loop: error diagnostics that are new since `baseline`,
 * placed in blocks (diagnostics outside any block are dropped); errors that were already there
 * never become seeds.
 */
export function oracleRound(params: { oracle: Oracle; tree: SourceTree; baseline: readonly DiagnosticInBlock[] }): OracleRound {
  return async (signal) => {
    const current = await checkTree({ oracle: params.oracle, tree: params.tree, ...(signal ? { signal } : {}) });
    return newDiagnostics(params.baseline, current)
      .filter((found) => found.diagnostic.severity === "error" && found.block)
      .map((found) => ({ blockId: found.block?.id ?? "", message: `${found.diagnostic.file}:${found.diagnostic.line}: ${found.diagnostic.message}` }));
  };
}
