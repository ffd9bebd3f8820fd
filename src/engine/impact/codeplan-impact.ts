import type { AtomicChange } from "../classify/atomic-change.js";
import { classifyChanges } from "../classify/classify-changes.js";
import type { CodeGraph } from "../graph/code-graph.js";
import type { Relation } from "../graph/relation.js";
import { sameBlockText } from "../model/normalise.js";
import { describeCause } from "./describe-cause.js";
import type { Impact } from "./impact.js";
import type { FileEdit, ImpactAnalysis } from "./impact-analysis.js";
import { IMPACT_RULES } from "./rules/index.js";

function changedIds(edit: FileEdit): Set<string> {
  const ids = new Set<string>();
  const afterBySymbol = new Map((edit.after?.blocks ?? []).map((block) => [block.symbol, block]));
  for (const block of edit.before?.blocks ?? []) {
    const counterpart = afterBySymbol.get(block.symbol);
    if (!counterpart || !sameBlockText(counterpart.text, block.text)) ids.add(block.id);
  }
  const beforeSymbols = new Set((edit.before?.blocks ?? []).map((block) => block.symbol));
  for (const block of edit.after?.blocks ?? []) if (!beforeSymbols.has(block.symbol)) ids.add(block.id);
  return ids;
}

async function impactsOf(graph: CodeGraph, changes: readonly AtomicChange[], phase: "D" | "D'", exclude: ReadonlySet<string>, seen: Set<string>): Promise<Impact[]> {
  const impacts: Impact[] = [];
  for (const change of changes) {
    for (const rule of IMPACT_RULES) {
      if (rule.phase !== phase || !rule.kinds.includes(change.kind)) continue;
      for (const hit of await rule.find(change, graph)) {
        const key = `${hit.blockId}\u0000${hit.relation}`;
        if (exclude.has(hit.blockId) || seen.has(key)) continue;
        seen.add(key);
        impacts.push({ blockId: hit.blockId, fromBlockId: change.blockId, relation: hit.relation, cause: describeCause(graph, hit, change), ...(hit.mechanical ? { mechanical: hit.mechanical } : {}) });
      }
    }
  }
  return impacts;
}

/** Every relation a rule plans along from the changed block (the argument-contract rule's producers lie further). */
const REACH: readonly Relation[] = ["CalledBy", "Overrides", "OverriddenBy", "InstantiatedBy", "UsedBy", "ConstructedBy", "BaseClassOf", "ImportedBy"];

/**
 * CodePlan's change-may-impact analysis: classify the edit into atomic changes, then apply each
 * rule of its kind. Blocks the same edit already changed are not planned again.
 */
export function codeplanImpact(): ImpactAnalysis {
  const changesOf = new WeakMap<FileEdit, { changes: AtomicChange[]; exclude: Set<string>; seen: Set<string> }>();
  async function analyse(edit: FileEdit) {
    let analysed = changesOf.get(edit);
    if (!analysed) {
      analysed = { changes: await classifyChanges({ before: edit.before, after: edit.after }), exclude: changedIds(edit), seen: new Set() };
      changesOf.set(edit, analysed);
    }
    return analysed;
  }
  return {
    reach: REACH,
    async beforeUpdate(edit) {
      const { changes, exclude, seen } = await analyse(edit);
      return impactsOf(edit.graph, changes, "D", exclude, seen);
    },
    async afterUpdate(edit) {
      const { changes, exclude, seen } = await analyse(edit);
      return impactsOf(edit.graph, changes, "D'", exclude, seen);
    },
  };
}
