import { isEscapingBeyondArguments } from "../../classify/body/escapes.js";
import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/**
 * MMB: callers, only when the change escapes to them (return value, raised errors, mutations,
 * newly awaited work). New keys or attributes read from an argument are followed to whoever
 * builds the argument by the argument-contract rule, which plans a caller only when it does.
 */
export const methodBodyRule: ImpactRule = {
  name: "method-body",
  kinds: ["MMB"],
  phase: "D",
  find(change, graph) {
    if (change.kind !== "MMB" || !isEscapingBeyondArguments(change.details.escapes)) return [];
    return relatedHits(graph, change.blockId, ["CalledBy"]);
  },
};
