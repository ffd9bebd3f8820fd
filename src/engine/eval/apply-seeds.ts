import { mergeBlocks } from "../edit/merge-blocks.js";
import type { ParsedFile } from "../model/block.js";
import type { TaskEntry } from "./task.js";

/**
 * The text of each seed file with the seed blocks taken from after/ and everything else as in
 * before/ (a file that exists only in after/ is taken whole; one only in before/ is dropped when
 * every block of it is a deleted seed).
 */
export function applySeeds(params: {
  seed: readonly TaskEntry[];
  before: ReadonlyMap<string, ParsedFile>;
  after: ReadonlyMap<string, ParsedFile>;
}): Map<string, string | undefined> {
  const byFile = new Map<string, Set<string>>();
  for (const entry of params.seed) {
    const symbols = byFile.get(entry.file) ?? new Set<string>();
    symbols.add(entry.symbol);
    if (entry.after_symbol) symbols.add(entry.after_symbol);
    byFile.set(entry.file, symbols);
  }
  const result = new Map<string, string | undefined>();
  for (const [file, symbols] of byFile) {
    const before = params.before.get(file);
    const after = params.after.get(file);
    if (!before) result.set(file, after?.text);
    else if (!after) result.set(file, undefined);
    else result.set(file, mergeBlocks(before, after, symbols));
  }
  return result;
}
