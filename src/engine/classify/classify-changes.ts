import { diffFile } from "../diff/diff-blocks.js";
import type { ParsedFile } from "../model/block.js";
import type { AtomicChange } from "./atomic-change.js";
import { classifyFileChanges } from "./classify-file-changes.js";
import { contractNeeds } from "./contract-needs.js";
import { readContracts } from "./read-contracts.js";

/**
 * The atomic changes (DESIGN.md table: MMB, MMS, MF, MC, MCC, MI, AM, AF, AC, ACC, AI, DM, DF,
 * DC, DCC, DI) between two versions of one file; either side may be absent (a new or deleted file).
 */
export async function classifyChanges(pair: { before?: ParsedFile; after?: ParsedFile }): Promise<AtomicChange[]> {
  const needs = contractNeeds(diffFile(pair.before, pair.after), pair.before, pair.after);
  const beforeContracts = await readContracts(pair.before, needs.before);
  const afterContracts = await readContracts(pair.after, needs.after);
  return classifyFileChanges({ ...pair, beforeContracts, afterContracts });
}

/** classifyChanges over two parsed trees, files paired by path, in path order; identical files are skipped. */
export async function classifyDiff(before: readonly ParsedFile[], after: readonly ParsedFile[]): Promise<AtomicChange[]> {
  const beforeFiles = new Map(before.map((file) => [file.file, file]));
  const afterFiles = new Map(after.map((file) => [file.file, file]));
  const paths = [...new Set([...beforeFiles.keys(), ...afterFiles.keys()])].sort();
  const changes: AtomicChange[] = [];
  for (const path of paths) {
    const pair = { before: beforeFiles.get(path), after: afterFiles.get(path) };
    if (pair.before?.text !== pair.after?.text) changes.push(...(await classifyChanges(pair)));
  }
  return changes;
}
