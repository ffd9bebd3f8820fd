import type { Node } from "web-tree-sitter";
import type { Field } from "../../../classify/contract.js";
import { namedChildrenOf, textOf } from "../../../classify/syntax/children.js";

const NESTED = new Set(["function_definition", "class_definition", "lambda"]);

function assignedAttributes(target: Node, receiver: string, type: string | undefined, out: Field[]): void {
  if (target.type === "attribute") {
    const object = target.childForFieldName("object");
    const name = target.childForFieldName("attribute")?.text;
    if (object?.type === "identifier" && object.text === receiver && name) {
      out.push({ name, kind: "field", origin: "constructor", modifiers: [], ...(type !== undefined ? { type } : {}) });
    }
    return;
  }
  if (target.type === "pattern_list" || target.type === "tuple_pattern" || target.type === "list_pattern") {
    for (const child of namedChildrenOf(target)) assignedAttributes(child, receiver, undefined, out);
  }
}

/**
 * Fields an `__init__` declares by assigning them: `self.x = …` and `self.x: T = …`, anywhere in
 * the body except nested functions and classes; each name once, in order of first assignment.
 */
export function readInitFields(body: Node, receiver: string): Field[] {
  const fields: Field[] = [];
  const pending: Node[] = [body];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "assignment" || node.type === "augmented_assignment") {
      const target = node.childForFieldName("left");
      if (target) assignedAttributes(target, receiver, textOf(node.childForFieldName("type")), fields);
    }
    const children = namedChildrenOf(node).filter((child) => !NESTED.has(child.type));
    pending.push(...children.reverse());
  }
  const seen = new Set<string>();
  return fields.filter((field) => !seen.has(field.name) && seen.add(field.name));
}
