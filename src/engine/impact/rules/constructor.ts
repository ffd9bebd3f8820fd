import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** MCC / ACC / DCC: whoever instantiates the class, and constructors that chain to this one (`super().__init__`, `: base(…)`). */
export const constructorRule: ImpactRule = {
  name: "constructor",
  kinds: ["MCC", "ACC", "DCC"],
  phase: "D",
  find(change, graph) {
    return [...relatedHits(graph, change.classId, ["InstantiatedBy"]), ...relatedHits(graph, change.blockId, ["CalledBy"])];
  },
};
