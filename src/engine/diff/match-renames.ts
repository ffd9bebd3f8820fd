import type { Block } from "../model/block.js";
import { normalisedLines } from "../model/normalise.js";
import { lineSimilarity } from "./line-similarity.js";

/** Below this similarity a deleted and an added block are a deletion and an addition, not a rename. */
const MIN_RENAME_SIMILARITY = 0.5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Similarity of two versions of a block once the old name is read as the new one. */
function renameScore(before: Block, after: Block): number {
  const renamedText = before.text.replace(new RegExp(`\\b${escapeRegExp(before.name)}\\b`, "g"), after.name);
  return lineSimilarity(normalisedLines(renamedText), normalisedLines(after.text));
}

function parentSymbol(block: Block, bySymbolId: ReadonlyMap<string, Block>): string {
  const parent = block.parentId ? bySymbolId.get(block.parentId) : undefined;
  return parent && parent.kind !== "module" ? parent.symbol : "";
}

/**
 * Pairs deleted and added blocks of one file that are the same definition under a new name:
 * same kind, same (or renamed) parent, and similar text once the name is substituted. Parents
 * are paired before their children, so a renamed class carries its methods along.
 */
export function matchRenames(params: {
  deleted: readonly Block[];
  added: readonly Block[];
  beforeBlocks: ReadonlyMap<string, Block>;
  afterBlocks: ReadonlyMap<string, Block>;
}): Map<Block, Block> {
  const renames = new Map<Block, Block>();
  const renamedSymbols = new Map<string, string>();
  const unmatchedAdded = new Set(params.added);
  const depth = (block: Block) => block.symbol.split(".").length;
  for (const before of [...params.deleted].sort((a, b) => depth(a) - depth(b))) {
    const beforeParent = parentSymbol(before, params.beforeBlocks);
    const expectedParent = renamedSymbols.get(beforeParent) ?? beforeParent;
    let best: { block: Block; score: number } | undefined;
    for (const after of unmatchedAdded) {
      if (after.kind !== before.kind || parentSymbol(after, params.afterBlocks) !== expectedParent) continue;
      const score = renameScore(before, after);
      if (score >= MIN_RENAME_SIMILARITY && score > (best?.score ?? -1)) best = { block: after, score };
    }
    if (!best) continue;
    renames.set(before, best.block);
    renamedSymbols.set(before.symbol, best.block.symbol);
    unmatchedAdded.delete(best.block);
  }
  return renames;
}
