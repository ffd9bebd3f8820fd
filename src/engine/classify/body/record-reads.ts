import type { Node } from "web-tree-sitter";
import type { Walk } from "./body-walk.js";

function isCalled(walk: Walk, node: Node): boolean {
  const parent = node.parent;
  const field = parent ? walk.scope.grammar.calls.get(parent.type) : undefined;
  return !!field && parent?.childForFieldName(field)?.id === node.id;
}

function readOfParameter(walk: Walk, node: Node, objectField: string): string | undefined {
  const object = node.childForFieldName(objectField);
  if (!object || !walk.scope.grammar.identifiers.has(object.type) || !walk.parameters.has(object.text)) return undefined;
  if (walk.targets.has(node.id)) return undefined;
  return object.text;
}

/** Records `param["key"]` and `param.attr` reads (not writes, not method calls). */
export function readAccess(walk: Walk, node: Node): void {
  const { grammar } = walk.scope;
  const subscript = grammar.subscripts.get(node.type);
  if (subscript) {
    const parameter = readOfParameter(walk, node, subscript.object);
    const index = node.childForFieldName(subscript.member);
    const key = index ? grammar.literalKey(index) : undefined;
    if (parameter && key !== undefined) walk.facts.keyReads.push({ parameter, name: key });
  }
  const member = grammar.members.get(node.type);
  if (member && !isCalled(walk, node)) {
    const parameter = readOfParameter(walk, node, member.object);
    const name = node.childForFieldName(member.member)?.text;
    if (parameter && name) walk.facts.attributeReads.push({ parameter, name });
  }
}

