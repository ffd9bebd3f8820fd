import type { CodeGraph } from "../graph/code-graph.js";
import type { Relation } from "../graph/relation.js";
import type { RelatedCode } from "../ports.js";

const RELATIONS: readonly Relation[] = ["Calls", "Instantiates", "Uses", "Overrides", "OverriddenBy", "DerivedClassOf"];

/** Roughly four characters a token: enough to keep prompts inside a budget without a tokenizer. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Spatial context: what the block calls, instantiates, uses, overrides or is overridden by —
 * full text while the budget lasts, signatures after that; each block once.
 */
export function relatedCode(graph: CodeGraph, blockId: string, tokenBudget = 1000): RelatedCode[] {
  const seen = new Set<string>([blockId]);
  const result: RelatedCode[] = [];
  let budget = tokenBudget;
  for (const relation of RELATIONS) {
    for (const { block } of graph.graph.related(blockId, relation)) {
      if (seen.has(block.id) || block.kind === "module") continue;
      seen.add(block.id);
      const full = block.text.trim();
      const text = estimateTokens(full) <= budget ? full : block.signature;
      budget -= estimateTokens(text);
      result.push({ blockId: block.id, relation, text });
    }
  }
  return result;
}
