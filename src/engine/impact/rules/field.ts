import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/**
 * MF / DF: blocks that use the field, and the class's constructors. AF: the constructors, and
 * — when the field has no initial value and the class has no constructor of its own (dataclasses,
 * records) — whoever instantiates the class, since they must now supply it.
 */
export const fieldRule: ImpactRule = {
  name: "field",
  kinds: ["MF", "AF", "DF"],
  phase: "D",
  find(change, graph) {
    const classId = change.classId ?? change.blockId;
    const constructors = relatedHits(graph, classId, ["ConstructedBy"]);
    if (change.kind === "AF") {
      const initialised = change.details.field.value !== undefined || change.details.field.origin === "constructor";
      if (initialised) return [];
      return constructors.length > 0 ? constructors : relatedHits(graph, classId, ["InstantiatedBy"]);
    }
    return [...relatedHits(graph, classId, ["UsedBy"], (member) => member === change.member), ...(change.kind === "DF" ? constructors : [])];
  },
};
