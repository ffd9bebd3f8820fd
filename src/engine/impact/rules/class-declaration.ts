import type { ImpactRule } from "./rule.js";
import { relatedHits } from "./rule.js";

/** MC / DC: whoever instantiates the class, and its derived classes (a changed or removed base). */
export const classDeclarationRule: ImpactRule = {
  name: "class-declaration",
  kinds: ["MC", "DC"],
  phase: "D",
  find(change, graph) {
    return relatedHits(graph, change.blockId, ["InstantiatedBy", "BaseClassOf"]);
  },
};
