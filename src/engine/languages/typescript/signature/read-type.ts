import type { Node } from "web-tree-sitter";
import type { BlockContract } from "../../../classify/contract.js";
import { collapse, namedChildrenOf, textOf } from "../../../classify/syntax/children.js";
import type { Block } from "../../../model/block.js";
import { typescriptModifiers } from "./modifiers.js";
import { readTypeScriptMembers } from "./read-members.js";

const HERITAGE = new Set(["class_heritage", "extends_clause", "implements_clause", "extends_type_clause"]);

/** Base types from `extends`/`implements` clauses, as written (`Base<T>`, `Comparable`). */
function basesOf(definition: Node): string[] {
  const bases: string[] = [];
  const pending = namedChildrenOf(definition).filter((child) => HERITAGE.has(child.type));
  for (let node = pending.shift(); node; node = pending.shift()) {
    if (node.type === "class_heritage") {
      pending.push(...namedChildrenOf(node));
    } else if (node.type === "extends_clause") {
      const value = node.childForFieldName("value");
      bases.push(collapse(`${value?.text ?? ""}${node.childForFieldName("type_arguments")?.text ?? ""}`));
    } else {
      bases.push(...namedChildrenOf(node).map((type) => collapse(type.text)));
    }
  }
  return bases;
}

function decorators(definition: Node): string[] {
  return namedChildrenOf(definition)
    .filter((child) => child.type === "decorator")
    .map((decorator) => collapse(decorator.text));
}

/** The contract of a class, interface, enum, type alias or namespace. */
export function readTypeScriptType(block: Block, definition: Node): BlockContract {
  const body = definition.childForFieldName("body");
  const value = definition.type === "type_alias_declaration" ? definition.childForFieldName("value") : null;
  const objectType = value?.type === "object_type" ? value : null;
  const definitionText = value && !objectType ? textOf(value) : undefined;
  const typeParameters = textOf(definition.childForFieldName("type_parameters"));
  return {
    kind: "type",
    type: {
      name: block.name,
      bases: basesOf(definition),
      modifiers: [...typescriptModifiers(definition), ...decorators(definition)].sort(),
      fields: readTypeScriptMembers(objectType ?? body),
      ...(typeParameters !== undefined ? { typeParameters } : {}),
      ...(definitionText !== undefined ? { definition: definitionText } : {}),
    },
  };
}
