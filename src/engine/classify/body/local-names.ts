import type { Node } from "web-tree-sitter";
import { namedChildrenOf } from "../syntax/children.js";
import type { BodyGrammar } from "./body-grammar.js";

/** Locals of a body and the nodes that bind them. */
export interface Locals {
  /** Every name bound inside the body (assignments, declarations, loop and catch variables, lambda parameters). */
  names: ReadonlySet<string>;
  /** For each local, the assignments/declarations that give it a value (grammar.definitions). */
  definitions: ReadonlyMap<string, readonly Node[]>;
}

function boundIdentifiers(target: Node, grammar: BodyGrammar, out: Node[]): void {
  if (grammar.identifiers.has(target.type)) {
    out.push(target);
    return;
  }
  // `a.b = …` and `a[k] = …` write into an object; they bind no local.
  if (grammar.members.has(target.type) || grammar.subscripts.has(target.type)) return;
  for (const child of namedChildrenOf(target)) boundIdentifiers(child, grammar, out);
}

/**
 * The names a body binds, except `excluded` (its parameters and receiver: assigning to a
 * parameter rebinds it, but it still holds what the caller passed).
 */
export function findLocals(body: Node, grammar: BodyGrammar, excluded: ReadonlySet<string>): Locals {
  const names = new Set<string>();
  const definitions = new Map<string, Node[]>();
  const pending: Node[] = [body];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const bound: Node[] = [];
    for (const field of grammar.bindings.get(node.type) ?? []) {
      const target = node.childForFieldName(field);
      if (target) boundIdentifiers(target, grammar, bound);
    }
    for (const identifier of bound) {
      if (excluded.has(identifier.text)) continue;
      names.add(identifier.text);
      if (grammar.definitions.has(node.type)) definitions.set(identifier.text, [...(definitions.get(identifier.text) ?? []), node]);
    }
    pending.push(...namedChildrenOf(node));
  }
  return { names, definitions };
}
