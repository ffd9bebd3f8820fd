import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** MI / DI: the blocks that use the changed or removed imported name. */
export const importRule: ImpactRule = {
  name: "import",
  kinds: ["MI", "DI"],
  phase: "D",
  find(change, graph) {
    return relatedHits(graph, change.blockId, ["ImportedBy"], (member) => member === undefined || member === change.member);
  },
};
