import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** MMB: callers, only when the change escapes to them (return value, raised errors, new keys read from an argument, mutations, newly awaited work). */
export const methodBodyRule: ImpactRule = {
  name: "method-body",
  kinds: ["MMB"],
  phase: "D",
  find(change, graph) {
    if (change.kind !== "MMB" || !change.details.escaping) return [];
    return relatedHits(graph, change.blockId, ["CalledBy"]);
  },
};
