import type { Node } from "web-tree-sitter";
import { collapse, namedChildrenOf } from "../syntax/children.js";
import type { BodyFacts, Observed, ParameterRead } from "./body-facts.js";
import type { BodyScope, Walk } from "./body-walk.js";
import { findLocals } from "./local-names.js";
import { MUTATING_METHODS } from "./mutating-methods.js";
import { normalisedText } from "./normalised-text.js";
import { readAccess } from "./record-reads.js";
import { recordWrite, writeTargets } from "./record-writes.js";

/** Compared text of a node: locals written `_`, arguments left out, and for values the called names too. */
function shape(walk: Walk, node: Node, value: boolean): string {
  const rename = (name: string) => (walk.locals.names.has(name) ? "_" : undefined);
  return normalisedText(node, walk.scope.grammar, { rename, dropArguments: true, dropCallees: value });
}

function observed(walk: Walk, node: Node, value: boolean): Observed {
  return { shape: shape(walk, node, value), text: collapse(node.text) };
}

/** A returned expression with the assignments of the locals it names (one level): the returned shape. */
function returned(walk: Walk, value: Node | undefined): Observed {
  if (!value) return { shape: "return", text: "return" };
  const { grammar } = walk.scope;
  const named = new Set<string>();
  const pending: Node[] = [value];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (grammar.identifiers.has(node.type) && walk.locals.names.has(node.text)) named.add(node.text);
    pending.push(...namedChildrenOf(node));
  }
  const definitions = [...named].flatMap((name) => (walk.locals.definitions.get(name) ?? []).map((definition) => shape(walk, definition, true)));
  return { shape: [shape(walk, value, true), ...definitions.sort()].join(" ⟨⟩ "), text: collapse(value.text) };
}

function visit(walk: Walk, node: Node, nested: boolean): void {
  const { grammar } = walk.scope;
  const { facts } = walk;
  if (!nested && (grammar.returns.has(node.type) || grammar.yields.has(node.type))) {
    facts.returns.push(returned(walk, grammar.returnedValue(node)));
    if (grammar.yields.has(node.type)) facts.yields = true;
  }
  if (!nested && grammar.raises.has(node.type)) facts.raises.push(observed(walk, node, false));
  if (!nested && grammar.awaits.has(node.type)) facts.awaits.push(observed(walk, node, true));
  const targetField = grammar.assignments.get(node.type);
  const target = targetField ? node.childForFieldName(targetField) : null;
  if (target) writeTargets(walk, target);
  if (grammar.deletes.has(node.type)) for (const child of namedChildrenOf(node)) writeTargets(walk, child);
  const calleeField = grammar.calls.get(node.type);
  const callee = calleeField ? node.childForFieldName(calleeField) : null;
  const calleeShape = callee ? grammar.members.get(callee.type) : undefined;
  const method = callee && calleeShape ? callee.childForFieldName(calleeShape.member)?.text : undefined;
  const receiver = callee && calleeShape ? callee.childForFieldName(calleeShape.object) : null;
  if (method && receiver && MUTATING_METHODS.has(method)) recordWrite(walk, receiver, method);
  readAccess(walk, node);
}

function uniqueReads(reads: readonly ParameterRead[]): ParameterRead[] {
  const seen = new Map(reads.map((read) => [`${read.parameter}\u0000${read.name}`, read]));
  return [...seen.values()];
}

/** Numbers locals by first use, so a renamed local leaves the shape unchanged. */
function shapeOf(walk: Walk): string {
  const numbers = new Map<string, string>();
  const rename = (name: string) => {
    if (!walk.locals.names.has(name)) return undefined;
    if (!numbers.has(name)) numbers.set(name, `$${numbers.size}`);
    return numbers.get(name);
  };
  return normalisedText(walk.scope.body, walk.scope.grammar, { rename });
}

/**
 * The caller-observable facts of one body (see BodyFacts). Returns, raises and awaits inside
 * nested functions and lambdas are theirs, not the block's; reads and writes inside them count.
 */
export function collectBodyFacts(scope: BodyScope): BodyFacts {
  const excluded = new Set([...scope.parameters, ...scope.receiverNames]);
  const locals = findLocals(scope.body, scope.grammar, excluded);
  const facts: BodyFacts = { shape: "", returns: [], raises: [], awaits: [], keyReads: [], attributeReads: [], argumentWrites: [], fieldWrites: [], yields: false };
  const walk: Walk = { scope, locals, parameters: new Set(scope.parameters), facts, targets: new Set() };
  facts.shape = shapeOf(walk);
  if (scope.expressionBody) facts.returns.push(returned(walk, scope.body));
  // Pre-order with an explicit stack: a parent (an assignment) is seen before its children (its target).
  const pending: { node: Node; nested: boolean }[] = [{ node: scope.body, nested: false }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    visit(walk, item.node, item.nested);
    const nested = item.nested || (item.node.id !== scope.body.id && scope.grammar.nestedScopes.has(item.node.type));
    const children = namedChildrenOf(item.node);
    for (const child of children.reverse()) pending.push({ node: child, nested });
  }
  facts.keyReads = uniqueReads(facts.keyReads);
  facts.attributeReads = uniqueReads(facts.attributeReads);
  return facts;
}
