import type { Node } from "web-tree-sitter";
import { namedChildrenOf } from "../syntax/children.js";
import type { Walk } from "./body-walk.js";
import { chainRoot } from "./write-target.js";

function isReceiver(walk: Walk, node: Node): boolean {
  return walk.scope.grammar.receivers.has(node.type) || walk.scope.receiverNames.includes(node.text);
}

function isBareField(walk: Walk, node: Node): boolean {
  const name = node.text;
  return walk.scope.grammar.identifiers.has(node.type) && !!walk.scope.fieldNames?.has(name) && !walk.locals.names.has(name) && !walk.parameters.has(name);
}

/** Records a write into `target` (or a mutating call `.method()` on it): into an argument, a field of the receiver, or a bare C# field. */
export function recordWrite(walk: Walk, target: Node, method?: string): void {
  const { root, member } = chainRoot(target, walk.scope.grammar);
  const suffix = method ? `.${method}()` : "";
  if (root.id !== target.id || method) walk.targets.add(target.id);
  if (walk.scope.grammar.identifiers.has(root.type) && walk.parameters.has(root.text) && (root.id !== target.id || method)) {
    walk.facts.argumentWrites.push(`${root.text}${member ? `.${member}` : root.id === target.id ? "" : "[]"}${suffix}`);
  } else if (isReceiver(walk, root) && root.id !== target.id) {
    walk.facts.fieldWrites.push(member ?? "[]");
  } else if (isBareField(walk, root)) {
    walk.facts.fieldWrites.push(root.text);
  }
}

/** Records the writes of an assignment target or deleted expression (tuples and patterns walked through). */
export function writeTargets(walk: Walk, target: Node): void {
  const { grammar } = walk.scope;
  if (grammar.members.has(target.type) || grammar.subscripts.has(target.type) || grammar.identifiers.has(target.type)) {
    recordWrite(walk, target);
    return;
  }
  for (const child of namedChildrenOf(target)) writeTargets(walk, child);
}

