import type { ParsedFile } from "../model/block.js";
import { isSkipped, parseFile } from "../model/parse-file.js";
import type { Oracle, SourceTree } from "../ports.js";
import { assertOracleFinished } from "./assert-oracle-finished.js";
import type { DiagnosticInBlock } from "./diagnostic-in-block.js";
import { mapDiagnosticsToBlocks } from "./map-diagnostics-to-blocks.js";

/**
 * One oracle verdict on the tree as it is now, placed in blocks: runs the oracle, throws
 * `oracle-timeout` for a run that did not finish, and parses only the files the diagnostics name.
 * Take one before the change as the baseline for `newDiagnostics`.
 */
export async function checkTree(params: { oracle: Oracle; tree: SourceTree; signal?: AbortSignal }): Promise<DiagnosticInBlock[]> {
  const result = await params.oracle.run(params.signal);
  assertOracleFinished(result);
  const present = new Set(await params.tree.listFiles());
  const named = [...new Set(result.diagnostics.map((diagnostic) => diagnostic.file))].filter((file) => present.has(file));
  const files: ParsedFile[] = [];
  for (const file of named) {
    const parsed = await parseFile(file, await params.tree.readFile(file));
    if (!isSkipped(parsed)) files.push(parsed);
  }
  return mapDiagnosticsToBlocks(result.diagnostics, files);
}
