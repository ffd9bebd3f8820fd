import type { Parameter } from "../../classify/contract.js";
import { readContracts } from "../../classify/read-contracts.js";
import type { CodeGraph } from "../../graph/code-graph.js";
import type { Edge } from "../../graph/edge.js";
import type { Block } from "../../model/block.js";
import { argumentFor, argumentSource, type ArgumentSource } from "../argument-source.js";
import { callArguments } from "../../edit/call-arguments.js";
import type { ImpactRule, RuleHit } from "./rule.js";

/** How far a pass-through argument is followed up the call chain. */
const MAX_PASS_THROUGH = 4;

/** A function whose parameters must now carry more: the new reads go back to whoever builds their values. */
interface Demand {
  calleeId: string;
  parameters: ReadonlySet<string>;
}

/** Parameters of callables, read once per file for one rule run. */
class ParameterLookup {
  private readonly byFile = new Map<string, Promise<ReadonlyMap<string, Parameter[]>>>();

  constructor(private readonly graph: CodeGraph) {}

  /** The declared parameters of block `id`; undefined when its contract cannot be read. */
  async of(block: Block): Promise<Parameter[] | undefined> {
    let file = this.byFile.get(block.file);
    if (!file) {
      file = this.read(block.file);
      this.byFile.set(block.file, file);
    }
    return (await file).get(block.id);
  }

  private async read(path: string): Promise<ReadonlyMap<string, Parameter[]>> {
    const parameters = new Map<string, Parameter[]>();
    for (const [id, contract] of await readContracts(this.graph.index.files.get(path))) {
      if (contract.kind === "callable") parameters.set(id, contract.signature.parameters);
    }
    return parameters;
  }
}

/** A call site: the caller, the function it calls and the line of the call. */
interface CallSite {
  caller: Block;
  callee: Block;
  line: number;
}

/**
 * Where the value `caller` passes for `parameter` at a call site comes from; undefined when the
 * call cannot be read (a spread argument, two calls of the callee on one line, an unreadable
 * signature): then the caller is visited and every value on the line is followed.
 */
async function sourceAt(params: CallSite & { graph: CodeGraph; lookup: ParameterLookup; parameter: string }): Promise<ArgumentSource | undefined> {
  const { graph, lookup, caller, callee, line, parameter } = params;
  const file = graph.index.files.get(caller.file);
  const calleeParameters = await lookup.of(callee);
  if (!file || !calleeParameters) return undefined;
  const args = callArguments({ text: file.text, line, name: callee.name, language: caller.language });
  const argument = args && argumentFor(args, calleeParameters, parameter);
  if (!argument) return undefined;
  return argumentSource({ graph, caller, calleeId: callee.id, argument, callerParameters: (await lookup.of(caller)) ?? [] });
}

/**
 * When a call cannot be read: every function called and module-level name read on the call's
 * line is a possible producer, and every parameter of the caller read there may be passed on.
 */
function everySourceOnLine(graph: CodeGraph, caller: Block, calleeId: string, line: number): { producers: Edge[]; passed: string[] } {
  const producers = graph.graph
    .edgesFrom(caller.id)
    .filter((edge) => edge.line === line && edge.to !== calleeId && (edge.relation === "Calls" || (edge.relation === "Uses" && edge.member !== undefined && graph.graph.getBlock(edge.to)?.kind === "module")));
  const parameters = new Set(caller.signature.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const heads = (graph.index.blockFacts.get(caller.id)?.references ?? []).filter((reference) => reference.line === line).map((reference) => reference.path[0]?.name ?? "");
  return { producers, passed: [...new Set(heads.filter((name) => parameters.has(name) && name !== caller.name))] };
}

/** A producer of an argument, as a hit reached from the caller that passes what it produced. */
function producerHit(edge: Edge): RuleHit {
  return edge.relation === "Uses" && edge.member ? { blockId: edge.to, relation: "Uses", via: edge.from, member: edge.member } : { blockId: edge.to, relation: "Calls", via: edge.from };
}

/** What one call site adds: blocks to plan, and parameters of the caller whose own callers build the value. */
interface SiteOutcome {
  hits: RuleHit[];
  passed: string[];
}

/** The outcome of one call site, for the value passed as `parameter`. */
async function callSiteOutcome(params: CallSite & { graph: CodeGraph; lookup: ParameterLookup; parameter: string }): Promise<SiteOutcome> {
  const { graph, caller, callee, line } = params;
  const source = await sourceAt(params);
  if (source?.kind === "producer") return { hits: source.edges.map(producerHit), passed: [] };
  if (source?.kind === "parameter") return { hits: [], passed: [source.name] };
  const callerHit: RuleHit = { blockId: caller.id, relation: "CalledBy", via: callee.id };
  if (source) return { hits: [callerHit], passed: [] };
  const unread = everySourceOnLine(graph, caller, callee.id, line);
  return { hits: [callerHit, ...unread.producers.map(producerHit)], passed: unread.passed };
}

/**
 * What one caller's calls of `callee` add, for the values passed as `parameters`. The graph keeps
 * one edge per caller, at its first call (`firstLine`): every call the caller makes is read.
 */
async function callerOutcome(params: { graph: CodeGraph; lookup: ParameterLookup; caller: Block; callee: Block; firstLine: number; parameters: ReadonlySet<string> }): Promise<SiteOutcome> {
  const { graph, caller, callee, firstLine, parameters } = params;
  const found = [...new Set(graph.referenceLines(caller.id, callee.id))];
  const outcome: SiteOutcome = { hits: [], passed: [] };
  for (const line of found.length > 0 ? found : [firstLine]) {
    for (const parameter of parameters) {
      const site = await callSiteOutcome({ ...params, line, parameter });
      outcome.hits.push(...site.hits);
      outcome.passed.push(...site.passed);
    }
  }
  return outcome;
}

/**
 * MMB that reads a new key or attribute from an argument: whoever builds the value passed for it
 * must provide the key. At each call site the argument is read: a value produced by a function
 * (`client_config(settings)`) or a module-level name (`CONFIG`) plans that producer; a parameter
 * the caller only passes on is followed to the caller's own callers; a value the caller builds
 * itself plans the caller. A call that cannot be read plans the caller and every value on its line.
 */
export const argumentContractRule: ImpactRule = {
  name: "argument-contract",
  kinds: ["MMB"],
  phase: "D",
  async find(change, graph) {
    if (change.kind !== "MMB") return [];
    const reads = [...change.details.escapes.argumentKeys, ...change.details.escapes.argumentAttributes];
    if (reads.length === 0) return [];
    const lookup = new ParameterLookup(graph);
    const hits: RuleHit[] = [];
    // Each function is followed once: the callee, then the callers that pass the value on.
    const followed = new Set<string>([change.blockId]);
    let demands: Demand[] = [{ calleeId: change.blockId, parameters: new Set(reads.map((read) => read.parameter)) }];
    for (let depth = 0; depth < MAX_PASS_THROUGH && demands.length > 0; depth++) {
      const next = new Map<string, Set<string>>();
      for (const { calleeId, parameters } of demands) {
        const callee = graph.graph.getBlock(calleeId);
        if (!callee) continue;
        for (const { block: caller, edge } of graph.graph.related(calleeId, "CalledBy")) {
          const outcome = await callerOutcome({ graph, lookup, caller, callee, firstLine: edge.line, parameters });
          hits.push(...outcome.hits);
          if (outcome.passed.length === 0 || (followed.has(caller.id) && !next.has(caller.id))) continue;
          followed.add(caller.id);
          next.set(caller.id, new Set([...(next.get(caller.id) ?? []), ...outcome.passed]));
        }
      }
      demands = [...next].map(([calleeId, names]) => ({ calleeId, parameters: names }));
    }
    return hits;
  },
};
