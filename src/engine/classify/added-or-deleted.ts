import type { AtomicChange, BlockDetails } from "./atomic-change.js";
import { isClassLike, label, type BlockVersion } from "./block-version.js";
import { diffEntries } from "./module/diff-entries.js";

function details(version: BlockVersion): BlockDetails {
  const { block, contract } = version;
  return { blockKind: block.kind, header: block.signature, ...(contract?.kind === "callable" ? { signature: contract.signature } : {}) };
}

function classIdOf(version: BlockVersion): string | undefined {
  return isClassLike(version.block.kind) ? version.block.id : version.classId;
}

function kindOf(version: BlockVersion, added: boolean): "AM" | "DM" | "AC" | "DC" | "ACC" | "DCC" {
  if (version.block.kind === "constructor") return added ? "ACC" : "DCC";
  if (isClassLike(version.block.kind)) return added ? "AC" : "DC";
  return added ? "AM" : "DM";
}

const NOUN = { AM: "added", DM: "deleted", AC: "added", DC: "deleted", ACC: "added", DCC: "deleted" } as const;

/** A block that exists only after the change: AM, ACC or AC; AI for each name of a new `<module>` block. */
export function classifyAdded(after: BlockVersion): AtomicChange[] {
  if (after.block.kind === "module") {
    const entries = after.contract?.kind === "module" ? after.contract.entries : [];
    return diffEntries({ blockId: after.block.id, afterBlockId: after.block.id, before: [], after: entries });
  }
  const kind = kindOf(after, true);
  return [{ kind, blockId: after.block.id, afterBlockId: after.block.id, classId: classIdOf(after), summary: `${label(after.block)} ${NOUN[kind]}`, details: details(after) }];
}

/** A block that exists only before the change: DM, DCC or DC; DI for each name of a removed `<module>` block. */
export function classifyDeleted(before: BlockVersion): AtomicChange[] {
  if (before.block.kind === "module") {
    const entries = before.contract?.kind === "module" ? before.contract.entries : [];
    return diffEntries({ blockId: before.block.id, afterBlockId: undefined, before: entries, after: [] });
  }
  const kind = kindOf(before, false);
  return [{ kind, blockId: before.block.id, classId: classIdOf(before), summary: `${label(before.block)} ${NOUN[kind]}`, details: details(before) }];
}
