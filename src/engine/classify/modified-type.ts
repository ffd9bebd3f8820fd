import type { AtomicChange } from "./atomic-change.js";
import { label, type ContractPair } from "./block-version.js";
import type { TypeBlockContract } from "./contract.js";
import { diffTypes } from "./type/diff-types.js";

/** A class-like block present in both versions: MC when its declaration changed (fields are classified per class). */
export function classifyModifiedType(pair: ContractPair<TypeBlockContract>): AtomicChange[] {
  const { before, after } = pair;
  const edits = diffTypes(pair.beforeContract.type, pair.afterContract.type);
  if (edits.length === 0) return [];
  return [
    {
      kind: "MC",
      blockId: before.block.id,
      afterBlockId: after.block.id,
      classId: before.block.id,
      summary: `${label(before.block)} declaration changed: ${edits.map((edit) => edit.text).join("; ")}`,
      details: { edits },
    },
  ];
}
