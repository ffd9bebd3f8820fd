import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** MMS: callers, the methods it overrides and the methods overriding it (in D; D' below). Renames also reach references that pass the function as a value. */
export const methodSignatureRule: ImpactRule = {
  name: "method-signature",
  kinds: ["MMS"],
  phase: "D",
  find(change, graph) {
    const renamed = change.kind === "MMS" && change.details.edits.some((edit) => edit.edit === "renamed");
    return relatedHits(graph, change.blockId, renamed ? ["CalledBy", "Overrides", "OverriddenBy", "UsedBy"] : ["CalledBy", "Overrides", "OverriddenBy"]);
  },
};

/** MMS in D': override relations of the new signature (a method that now overrides another, or is overridden). */
export const methodSignatureAfterRule: ImpactRule = {
  name: "method-signature-after",
  kinds: ["MMS"],
  phase: "D'",
  find(change, graph) {
    return relatedHits(graph, change.afterBlockId ?? change.blockId, ["Overrides", "OverriddenBy"]);
  },
};
