import type { CodeGraph } from "../../graph/code-graph.js";
import type { ImpactRule, RuleHit } from "./rule.js";

/** How far a pass-through argument is followed up the call chain. */
const MAX_PASS_THROUGH = 4;

function identifiers(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

/**
 * Where the arguments of `callerId`'s calls on `line` come from: functions called on that line
 * (a value built by `client_config(settings)`), module-level variables read on it (a `CONFIG`
 * constant), and the caller's own parameters (a value passed through).
 */
function argumentSources(graph: CodeGraph, callerId: string, calleeId: string, line: number): { producers: RuleHit[]; passedParameters: string[] } {
  const producers: RuleHit[] = [];
  for (const edge of graph.graph.edgesFrom(callerId)) {
    if (edge.line !== line || edge.to === calleeId) continue;
    if (edge.relation === "Calls") producers.push({ blockId: edge.to, relation: "Calls", via: callerId });
    if (edge.relation === "Uses" && edge.member && graph.graph.getBlock(edge.to)?.kind === "module") {
      producers.push({ blockId: edge.to, relation: "Uses", via: callerId, member: edge.member });
    }
  }
  const caller = graph.graph.getBlock(callerId);
  const parameters = identifiers(caller?.signature ?? "");
  const heads = (graph.index.blockFacts.get(callerId)?.references ?? []).filter((reference) => reference.line === line).map((reference) => reference.path[0]?.name ?? "");
  return { producers, passedParameters: [...new Set(heads.filter((name) => parameters.has(name) && name !== caller?.name))] };
}

/**
 * MMB that reads a new key or attribute from an argument: every block that builds the value
 * passed for it must provide the key. Follows the value back from each call site — to the
 * function that produced it, the module-level variable it came from, or, when the caller only
 * passes its own parameter on, to that caller's callers.
 */
export const argumentContractRule: ImpactRule = {
  name: "argument-contract",
  kinds: ["MMB"],
  phase: "D",
  find(change, graph) {
    if (change.kind !== "MMB") return [];
    const { argumentKeys, argumentAttributes } = change.details.escapes;
    if (argumentKeys.length + argumentAttributes.length === 0) return [];
    const hits: RuleHit[] = [];
    const visited = new Set<string>([change.blockId]);
    let frontier = [change.blockId];
    for (let depth = 0; depth < MAX_PASS_THROUGH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const calleeId of frontier) {
        for (const { block: caller, edge } of graph.graph.related(calleeId, "CalledBy")) {
          const sources = argumentSources(graph, caller.id, calleeId, edge.line);
          hits.push(...sources.producers);
          if (depth > 0) hits.push({ blockId: caller.id, relation: "CalledBy", via: calleeId });
          if (sources.passedParameters.length > 0 && !visited.has(caller.id)) {
            visited.add(caller.id);
            next.push(caller.id);
          }
        }
      }
      frontier = next;
    }
    return hits;
  },
};
