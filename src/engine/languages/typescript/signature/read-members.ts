import type { Node } from "web-tree-sitter";
import type { Field } from "../../../classify/contract.js";
import { collapse, namedChildrenOf, textOf } from "../../../classify/syntax/children.js";
import { typescriptModifiers } from "./modifiers.js";
import { annotationText } from "./read-parameters.js";

function field(node: Node, kind: Field["kind"], name: string): Field {
  const type = annotationText(node.childForFieldName("type"));
  const value = textOf(node.childForFieldName("value"));
  return { name, kind, origin: "class", modifiers: typescriptModifiers(node), ...(type !== undefined ? { type } : {}), ...(value !== undefined ? { value } : {}) };
}

function memberOf(node: Node): Field | undefined {
  const name = node.childForFieldName("name");
  switch (node.type) {
    case "public_field_definition":
    case "property_signature":
      return name ? field(node, "field", collapse(name.text)) : undefined;
    case "index_signature":
      return { name: "[index]", kind: "field", origin: "class", modifiers: typescriptModifiers(node), type: collapse(node.text) };
    case "call_signature":
    case "construct_signature":
      return { name: node.type === "call_signature" ? "()" : "new()", kind: "field", origin: "class", modifiers: [], type: collapse(node.text) };
    case "enum_assignment":
      return name ? field(node, "member", collapse(name.text)) : undefined;
    case "property_identifier":
      return { name: node.text, kind: "member", origin: "class", modifiers: [] };
    default:
      return undefined;
  }
}

/**
 * Fields of a class body, interface body, object type or enum body: fields and property
 * signatures, index/call/construct signatures, enum members. Methods are blocks of their own.
 */
export function readTypeScriptMembers(body: Node | null): Field[] {
  return body ? namedChildrenOf(body).flatMap((node) => memberOf(node) ?? []) : [];
}
