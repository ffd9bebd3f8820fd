import type { AtomicChange } from "./atomic-change.js";
import { label, type BlockVersion } from "./block-version.js";

/**
 * A changed block in which no contract change was found (a docstring, a comment, a module-level
 * statement, a property's accessor body), as an MMB. `observable` is for blocks whose contract
 * could not be read at all: then the change is assumed visible to callers.
 */
export function opaqueChange(before: BlockVersion, after: BlockVersion, observable: boolean): AtomicChange {
  const escapes = { returnValue: observable, raises: [], raisesRemoved: [], argumentKeys: [], argumentAttributes: [], mutatesArguments: [], mutatesFields: [], newlyAwaited: [] };
  const how = observable ? "its contract could not be read, so callers may observe it" : "no change to what other blocks rely on";
  return {
    kind: "MMB",
    blockId: before.block.id,
    afterBlockId: after.block.id,
    classId: before.classId,
    summary: `${label(before.block)} changed; ${how}`,
    details: { escaping: observable, equivalent: false, escapes },
  };
}
