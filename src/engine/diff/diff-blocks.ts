import type { Block, ParsedFile } from "../model/block.js";
import { sameBlockText } from "../model/normalise.js";
import type { BlockChange } from "./block-change.js";
import { matchRenames } from "./match-renames.js";

function bySymbol(file: ParsedFile | undefined): Map<string, Block> {
  return new Map((file?.blocks ?? []).map((block) => [block.symbol, block]));
}

function byId(file: ParsedFile | undefined): Map<string, Block> {
  return new Map((file?.blocks ?? []).map((block) => [block.id, block]));
}

/** The changed blocks of one file, in source order: before-side entries first, then additions. */
export function diffFile(before: ParsedFile | undefined, after: ParsedFile | undefined): BlockChange[] {
  const file = (before ?? after)?.file ?? "";
  const beforeBlocks = bySymbol(before);
  const afterBlocks = bySymbol(after);
  const changes: BlockChange[] = [];
  const deleted: Block[] = [];
  for (const block of before?.blocks ?? []) {
    const counterpart = afterBlocks.get(block.symbol);
    if (!counterpart) deleted.push(block);
    else if (!sameBlockText(block.text, counterpart.text)) changes.push({ file, symbol: block.symbol, status: "modified" });
  }
  const added = (after?.blocks ?? []).filter((block) => !beforeBlocks.has(block.symbol));
  const renames = matchRenames({ deleted, added, beforeBlocks: byId(before), afterBlocks: byId(after) });
  const renamedTo = new Set(renames.values());
  for (const block of deleted) {
    const renamed = renames.get(block);
    changes.push(renamed ? { file, symbol: block.symbol, status: "renamed", afterSymbol: renamed.symbol } : { file, symbol: block.symbol, status: "deleted" });
  }
  for (const block of added) {
    if (!renamedTo.has(block)) changes.push({ file, symbol: block.symbol, status: "added" });
  }
  const order = new Map((before?.blocks ?? []).map((block, index) => [block.symbol, index]));
  const rank = (change: BlockChange) => (change.status === "added" ? Number.MAX_SAFE_INTEGER : (order.get(change.symbol) ?? 0));
  return changes.sort((a, b) => rank(a) - rank(b));
}

/**
 * The block diff between two parsed trees: modified, added, deleted and renamed blocks, equal
 * text judged by the benchmark's rule. Files are compared by path, in path order.
 */
export function diffBlocks(before: readonly ParsedFile[], after: readonly ParsedFile[]): BlockChange[] {
  const beforeFiles = new Map(before.map((file) => [file.file, file]));
  const afterFiles = new Map(after.map((file) => [file.file, file]));
  const paths = [...new Set([...beforeFiles.keys(), ...afterFiles.keys()])].sort();
  return paths.flatMap((path) => diffFile(beforeFiles.get(path), afterFiles.get(path)));
}
