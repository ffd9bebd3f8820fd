import type { AtomicChange } from "../classify/atomic-change.js";
import type { CodeGraph } from "../graph/code-graph.js";
import type { RuleHit } from "./rules/rule.js";

function name(graph: CodeGraph, id: string): string {
  const block = graph.graph.getBlock(id);
  return `\`${block ? `${block.file}::${block.symbol}` : id}\``;
}

/** "`b.py::run` calls `a.py::check`, whose …": the relation read from the affected block's side, then the change. */
export function describeCause(graph: CodeGraph, hit: RuleHit, change: AtomicChange): string {
  const target = name(graph, hit.blockId);
  const source = name(graph, hit.via);
  const member = hit.member ? `.${hit.member}` : "";
  const phrases: Record<string, string> = {
    CalledBy: `${target} calls ${source}`,
    Calls: `${target} is called by ${source}`,
    Uses: `${target} defines \`${hit.member ?? ""}\`, used by ${source}`,
    OverriddenBy: `${target} overrides ${source}`,
    Overrides: `${target} is overridden by ${source}`,
    InstantiatedBy: `${target} instantiates ${source}`,
    UsedBy: `${target} uses ${source}${member}`,
    ConstructedBy: `${target} is a constructor of ${source}`,
    ImportedBy: `${target} uses a name imported by ${source}`,
    BaseClassOf: `${target} derives from ${source}`,
    DerivedClassOf: `${target} is a base class of ${source}`,
  };
  return `${phrases[hit.relation] ?? `${target} is related to ${source} (${hit.relation})`}; ${change.summary}`;
}
