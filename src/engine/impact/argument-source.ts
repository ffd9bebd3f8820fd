import type { Parameter } from "../classify/contract.js";
import type { CodeGraph } from "../graph/code-graph.js";
import type { Edge } from "../graph/edge.js";
import type { Block } from "../model/block.js";
import type { CallArguments, WrittenArgument } from "../edit/call-arguments.js";

/**
 * Where the value a call passes for one parameter comes from:
 * - `producer`: a function called in the argument (`client_config(s)`) or a module-level name
 *   (`CONFIG`): the value is built there, so that block must change, not the caller;
 * - `parameter`: the caller's own parameter, passed on: the caller's callers build it;
 * - `caller`: built in the caller (a literal, a local variable, anything else): the caller must change.
 */
export type ArgumentSource =
  | { kind: "producer"; edges: Edge[] }
  | { kind: "parameter"; name: string }
  | { kind: "caller" };

/** The parameters a call lists its positional arguments for, in order (receivers are never in the list). */
function positionalParameters(parameters: readonly Parameter[]): Parameter[] {
  return parameters.filter((parameter) => parameter.kind === "positional" || parameter.kind === "positional-only");
}

/**
 * The argument written for `parameter` of a callee with `parameters`: by keyword, else by
 * position. Undefined when it is not written (a default is used) or when the positions do not
 * fit the signature (`Base.method(self, x)` passes the receiver too).
 */
export function argumentFor(args: CallArguments, parameters: readonly Parameter[], parameter: string): WrittenArgument | undefined {
  const byKeyword = args.keyword.get(parameter);
  if (byKeyword) return byKeyword;
  const positional = positionalParameters(parameters);
  const hasRest = parameters.some((candidate) => candidate.kind === "rest");
  if (args.positional.length > positional.length && !hasRest) return undefined;
  const index = positional.findIndex((candidate) => candidate.name === parameter);
  return index < 0 ? undefined : args.positional[index];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** A call of a (dotted) name, as a whole expression: `client_config(settings)`, `cfg.build()`. */
const CALL = /^(?:await\s+)?(?:[A-Za-z_$][\w$]*\s*\.\s*)*([A-Za-z_$][\w$]*)\s*\(/;

/** The caller's edges of `relation` recorded on the lines of `argument`. */
function edgesWithin(graph: CodeGraph, caller: Block, argument: WrittenArgument, relation: Edge["relation"]): Edge[] {
  return graph.graph.edgesFrom(caller.id).filter((edge) => edge.relation === relation && edge.line >= argument.startLine && edge.line <= argument.endLine);
}

/** Whether `text` is one call whose argument list closes at its last character. */
function isWholeCall(text: string): boolean {
  if (!CALL.test(text) || !text.endsWith(")")) return false;
  let depth = 0;
  const open = text.indexOf("(");
  for (let offset = open; offset < text.length; offset++) {
    if (text[offset] === "(") depth++;
    if (text[offset] === ")") depth--;
    if (depth === 0) return offset === text.length - 1;
  }
  return false;
}

/**
 * Where `argument`, written in `caller` (whose own parameters are `callerParameters`), gets its
 * value: the functions it calls or the module-level name it reads (resolved edges of the caller on
 * the argument's lines), the caller's parameter it passes on, or else the caller itself.
 */
export function argumentSource(params: { graph: CodeGraph; caller: Block; calleeId: string; argument: WrittenArgument; callerParameters: readonly Parameter[] }): ArgumentSource {
  const { graph, caller, calleeId, argument, callerParameters } = params;
  const text = argument.text;
  if (IDENTIFIER.test(text)) {
    if (callerParameters.some((parameter) => parameter.name === text && parameter.kind !== "receiver")) return { kind: "parameter", name: text };
    const constants = edgesWithin(graph, caller, argument, "Uses").filter((edge) => edge.member === text && graph.graph.getBlock(edge.to)?.kind === "module");
    return constants.length > 0 ? { kind: "producer", edges: constants } : { kind: "caller" };
  }
  const called = CALL.exec(text)?.[1];
  if (called && isWholeCall(text)) {
    const producers = edgesWithin(graph, caller, argument, "Calls").filter((edge) => edge.to !== calleeId && graph.graph.getBlock(edge.to)?.name === called);
    if (producers.length > 0) return { kind: "producer", edges: producers };
  }
  return { kind: "caller" };
}
