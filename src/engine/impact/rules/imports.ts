import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** MI / DI: the blocks that use the changed or removed name — imported (ImportedBy) or a module-level variable (UsedBy). */
export const importRule: ImpactRule = {
  name: "import",
  kinds: ["MI", "DI"],
  phase: "D",
  find(change, graph) {
    return relatedHits(graph, change.blockId, ["ImportedBy", "UsedBy"], (member) => member === change.member);
  },
};
