import type { Node } from "web-tree-sitter";
import type { BlockContract, Field } from "../../../classify/contract.js";
import { namedChildrenOf, textOf } from "../../../classify/syntax/children.js";
import type { Block } from "../../../model/block.js";
import { decoratorsOf } from "./contract-decorators.js";

function assignedNames(target: Node): string[] {
  if (target.type === "identifier") return [target.text];
  if (target.type === "pattern_list" || target.type === "tuple_pattern") return namedChildrenOf(target).flatMap(assignedNames);
  return [];
}

/** Class attributes: `x = 1`, `x: int = 1`, `x: int` directly in the class body. */
function classAttributes(body: Node | null): Field[] {
  const fields: Field[] = [];
  for (const statement of body ? namedChildrenOf(body) : []) {
    const assignment = statement.type === "expression_statement" ? namedChildrenOf(statement)[0] : undefined;
    if (assignment?.type !== "assignment") continue;
    const left = assignment.childForFieldName("left");
    const type = textOf(assignment.childForFieldName("type"));
    const value = textOf(assignment.childForFieldName("right"));
    for (const name of left ? assignedNames(left) : []) {
      fields.push({ name, kind: "field", origin: "class", modifiers: [], ...(type !== undefined ? { type } : {}), ...(value !== undefined ? { value } : {}) });
    }
  }
  return fields;
}

/** The contract of a `class`: bases (keyword arguments such as `metaclass=` included), decorators, attributes. */
export function readPythonClass(block: Block, definition: Node): BlockContract {
  const superclasses = definition.childForFieldName("superclasses");
  const bases = superclasses ? namedChildrenOf(superclasses).filter((node) => node.type !== "comment").map((node) => textOf(node) ?? "") : [];
  const typeParameters = textOf(definition.childForFieldName("type_parameters"));
  return {
    kind: "type",
    type: {
      name: block.name,
      bases,
      modifiers: decoratorsOf(definition).sort(),
      fields: classAttributes(definition.childForFieldName("body")),
      ...(typeParameters !== undefined ? { typeParameters } : {}),
    },
  };
}
