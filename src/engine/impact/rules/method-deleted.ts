import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** DM: callers (their calls move to the base method or break), and the override relations. */
export const methodDeletedRule: ImpactRule = {
  name: "method-deleted",
  kinds: ["DM"],
  phase: "D",
  find(change, graph) {
    return relatedHits(graph, change.blockId, ["CalledBy", "Overrides", "OverriddenBy", "UsedBy"]);
  },
};
