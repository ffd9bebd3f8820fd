import type { Node } from "web-tree-sitter";
import type { Field } from "../../../classify/contract.js";
import { childrenOf, collapse, namedChildrenOf, textOf } from "../../../classify/syntax/children.js";
import { csharpModifiers } from "./modifiers.js";

function valueAfterEquals(node: Node): string | undefined {
  const children = childrenOf(node);
  const equals = children.findIndex((child) => child.type === "=");
  return equals === -1 ? undefined : textOf(children.slice(equals + 1).find((child) => child.isNamed));
}

function typed(type: string | undefined): { type?: string } {
  return type === undefined ? {} : { type };
}

function valued(value: string | undefined): { value?: string } {
  return value === undefined ? {} : { value };
}

/** `{ get; private set; }`: which accessors a property has and their own modifiers, bodies left out. */
function accessorsOf(node: Node): string {
  const list = node.childForFieldName("accessors");
  if (!list) return "{ get; }";
  const accessors = namedChildrenOf(list)
    .filter((accessor) => accessor.type === "accessor_declaration")
    .map((accessor) => `${collapse([...csharpModifiers(accessor), accessor.childForFieldName("name")?.text ?? ""].join(" "))};`);
  return `{ ${accessors.join(" ")} }`;
}

function variableFields(node: Node, kind: Field["kind"]): Field[] {
  const declaration = namedChildrenOf(node).find((child) => child.type === "variable_declaration");
  if (!declaration) return [];
  const type = textOf(declaration.childForFieldName("type"));
  return namedChildrenOf(declaration)
    .filter((child) => child.type === "variable_declarator")
    .map((declarator) => ({
      name: declarator.childForFieldName("name")?.text ?? "",
      kind,
      origin: "class",
      modifiers: csharpModifiers(node),
      ...typed(type),
      ...valued(valueAfterEquals(declarator)),
    }));
}

function memberFields(node: Node): Field[] {
  const name = node.childForFieldName("name")?.text;
  const type = textOf(node.childForFieldName("type"));
  switch (node.type) {
    case "field_declaration":
      return variableFields(node, "field");
    case "event_field_declaration":
      return variableFields(node, "event");
    case "property_declaration":
    case "event_declaration":
    case "indexer_declaration": {
      const kind = node.type === "event_declaration" ? "event" : "property";
      const accessors = node.type === "event_declaration" ? [] : [accessorsOf(node)];
      const fieldName = node.type === "indexer_declaration" ? `this${collapse(node.childForFieldName("parameters")?.text ?? "[]")}` : (name ?? "");
      const value = node.type === "property_declaration" ? valueAfterEquals(node) : undefined;
      return [{ name: fieldName, kind, origin: "class", modifiers: [...csharpModifiers(node), ...accessors].sort(), ...typed(type), ...valued(value) }];
    }
    case "enum_member_declaration":
      return name ? [{ name, kind: "member", origin: "class", modifiers: [], ...valued(textOf(node.childForFieldName("value"))) }] : [];
    default:
      return [];
  }
}

/** Record primary-constructor parameters (`record R(int A)`) are properties. */
function recordProperties(declaration: Node): Field[] {
  const list = namedChildrenOf(declaration).find((child) => child.type === "parameter_list");
  return (list ? namedChildrenOf(list) : [])
    .filter((parameter) => parameter.type === "parameter")
    .map((parameter) => ({ name: parameter.childForFieldName("name")?.text ?? "", kind: "property", origin: "class", modifiers: [], ...typed(textOf(parameter.childForFieldName("type"))) }));
}

/** Fields, properties, events, indexers and enum members of a C# type declaration. */
export function readCSharpMembers(declaration: Node): Field[] {
  const body = declaration.childForFieldName("body");
  return [...recordProperties(declaration), ...(body ? namedChildrenOf(body).flatMap(memberFields) : [])];
}
