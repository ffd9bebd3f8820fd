import type { BlockChange } from "../diff/block-change.js";
import { diffFile } from "../diff/diff-blocks.js";
import type { Block, ParsedFile } from "../model/block.js";
import { sameBlockText } from "../model/normalise.js";
import { classifyAdded, classifyDeleted } from "./added-or-deleted.js";
import type { AtomicChange } from "./atomic-change.js";
import { enclosingClassId, isClassLike, type BlockVersion } from "./block-version.js";
import { classifyModifiedCallable } from "./modified-callable.js";
import { classifyModifiedType } from "./modified-type.js";
import { diffEntries } from "./module/diff-entries.js";
import { opaqueChange } from "./opaque-change.js";
import type { ContractMap } from "./read-contracts.js";
import { classFields } from "./type/class-fields.js";
import { fieldChanges } from "./type/field-changes.js";

interface Side {
  file: ParsedFile | undefined;
  contracts: ContractMap;
  byId: Map<string, Block>;
  bySymbol: Map<string, Block>;
}

function side(file: ParsedFile | undefined, contracts: ContractMap): Side {
  const blocks = file?.blocks ?? [];
  return { file, contracts, byId: new Map(blocks.map((b) => [b.id, b])), bySymbol: new Map(blocks.map((b) => [b.symbol, b])) };
}

function version(s: Side, block: Block): BlockVersion {
  return { block, contract: s.contracts.get(block.id), classId: enclosingClassId(block, s.byId) };
}

function classifyModified(before: BlockVersion, after: BlockVersion): AtomicChange[] {
  const [b, a] = [before.contract, after.contract];
  if (!b || !a) return [opaqueChange(before, after, true)];
  if (b.kind === "callable" && a.kind === "callable") return classifyModifiedCallable({ before, after, beforeContract: b, afterContract: a });
  if (b.kind === "type" && a.kind === "type") return classifyModifiedType({ before, after, beforeContract: b, afterContract: a });
  if (b.kind === "module" && a.kind === "module") return diffEntries({ blockId: before.block.id, afterBlockId: after.block.id, before: b.entries, after: a.entries });
  return [...classifyDeleted(before), ...classifyAdded(after)];
}

function renamedSymbols(blockChanges: readonly BlockChange[]): Map<string, string> {
  return new Map(blockChanges.flatMap((change) => (change.afterSymbol ? [[change.symbol, change.afterSymbol] as const] : [])));
}

/**
 * Field changes of every class-like block present in both versions (renamed ones included) whose
 * contract was read: the classes that changed or whose constructors did (see contractNeeds).
 */
function allFieldChanges(before: Side, after: Side, renamed: ReadonlyMap<string, string>): AtomicChange[] {
  const changes: AtomicChange[] = [];
  for (const beforeClass of before.byId.values()) {
    if (!isClassLike(beforeClass.kind) || !before.contracts.has(beforeClass.id)) continue;
    const afterClass = after.bySymbol.get(renamed.get(beforeClass.symbol) ?? beforeClass.symbol);
    if (!afterClass || !isClassLike(afterClass.kind) || !after.contracts.has(afterClass.id)) continue;
    changes.push(
      ...fieldChanges({
        beforeClass,
        afterClass,
        before: classFields({ classBlock: beforeClass, blocks: before.file?.blocks ?? [], contracts: before.contracts }),
        after: classFields({ classBlock: afterClass, blocks: after.file?.blocks ?? [], contracts: after.contracts }),
      }),
    );
  }
  return changes;
}

function inBlockOrder(changes: readonly AtomicChange[], before: Side, after: Side): AtomicChange[] {
  const rank = new Map<string, number>();
  (after.file?.blocks ?? []).forEach((block, index) => rank.set(block.id, before.byId.size + index));
  (before.file?.blocks ?? []).forEach((block, index) => rank.set(block.id, index));
  const ranked = changes.map((change, index) => ({ change, index, rank: rank.get(change.blockId) ?? 0 }));
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ change }) => change);
}

/** Each changed block classified by what it is; also returns the blocks present on both sides. */
function classifyBlocks(blockChanges: readonly BlockChange[], before: Side, after: Side): { changes: AtomicChange[]; modified: [BlockVersion, BlockVersion][] } {
  const added = new Set(blockChanges.filter((change) => change.status === "added").map((change) => change.symbol));
  const changes: AtomicChange[] = [];
  const modified: [BlockVersion, BlockVersion][] = [];
  for (const change of blockChanges) {
    const beforeBlock = change.status === "added" ? undefined : before.bySymbol.get(change.symbol);
    const afterBlock = change.status === "deleted" ? undefined : after.bySymbol.get(change.afterSymbol ?? change.symbol);
    if (beforeBlock && afterBlock) {
      const pair: [BlockVersion, BlockVersion] = [version(before, beforeBlock), version(after, afterBlock)];
      modified.push(pair);
      changes.push(...classifyModified(...pair));
    } else if (beforeBlock) {
      changes.push(...classifyDeleted(version(before, beforeBlock)));
    } else if (afterBlock) {
      const parent = afterBlock.parentId ? after.byId.get(afterBlock.parentId) : undefined;
      const partOfNewParent = !!parent && parent.kind !== "module" && added.has(parent.symbol);
      if (!partOfNewParent) changes.push(...classifyAdded(version(after, afterBlock)));
    }
  }
  return { changes, modified };
}

/** A non-escaping MMB for each changed block no other change names (docstrings, comments, statements). */
function unexplained(modified: readonly [BlockVersion, BlockVersion][], changes: readonly AtomicChange[]): AtomicChange[] {
  const explained = new Set(changes.map((change) => change.blockId));
  return modified.filter(([b, a]) => !explained.has(b.block.id) && !sameBlockText(b.block.text, a.block.text)).map(([b, a]) => opaqueChange(b, a, false));
}

/**
 * The atomic changes between two versions of one file (either may be absent), from contracts
 * already read (see readContracts), in block order. Members of a class or function that is itself
 * new are part of its AC/AM, not changes of their own.
 */
export function classifyFileChanges(params: { before?: ParsedFile; after?: ParsedFile; beforeContracts: ContractMap; afterContracts: ContractMap }): AtomicChange[] {
  // 1. the block diff   2. each changed block by what it is   3. field changes per class
  // 4. an MMB for a changed block nothing else explained   5. block order
  const before = side(params.before, params.beforeContracts);
  const after = side(params.after, params.afterContracts);
  const blockChanges = diffFile(params.before, params.after);
  const { changes, modified } = classifyBlocks(blockChanges, before, after);
  changes.push(...allFieldChanges(before, after, renamedSymbols(blockChanges)));
  changes.push(...unexplained(modified, changes));
  return inBlockOrder(changes, before, after);
}
