import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** AM (in D'): methods the new one now overrides or is overridden by, and its callers in D'. */
export const methodAddedRule: ImpactRule = {
  name: "method-added",
  kinds: ["AM"],
  phase: "D'",
  find(change, graph) {
    return relatedHits(graph, change.afterBlockId ?? change.blockId, ["CalledBy", "OverriddenBy"]);
  },
};
