import type { Node } from "web-tree-sitter";
import type { Parameter } from "../../../classify/contract.js";
import { childrenOf, textOf } from "../../../classify/syntax/children.js";

function defaultOf(node: Node): string | undefined {
  const children = childrenOf(node);
  const equals = children.findIndex((child) => child.type === "=");
  return equals === -1 ? undefined : textOf(children.slice(equals + 1).find((child) => child.isNamed));
}

function readOne(node: Node): Parameter | undefined {
  const name = node.childForFieldName("name")?.text;
  if (!name) return undefined;
  const modifiers = childrenOf(node)
    .filter((child) => child.type === "modifier")
    .map((child) => child.text);
  const type = textOf(node.childForFieldName("type"));
  const value = defaultOf(node);
  return {
    name,
    kind: modifiers.includes("params") ? "rest" : "positional",
    optional: false,
    modifiers,
    ...(type !== undefined ? { type } : {}),
    ...(value !== undefined ? { default: value } : {}),
  };
}

/**
 * A `parameter_list` as Parameters. tree-sitter-c-sharp puts a `params T[] name` parameter's
 * parts directly in the list (no `parameter` node), so those are collected from the fields.
 */
export function readCSharpParameters(list: Node | null): Parameter[] {
  if (!list) return [];
  const parameters: Parameter[] = [];
  let pendingParams: { type?: string } | undefined;
  list.children.forEach((child, index) => {
    if (!child) return;
    const field = list.fieldNameForChild(index);
    if (child.type === "params") pendingParams = {};
    else if (pendingParams && field === "type") pendingParams.type = textOf(child);
    else if (pendingParams && field === "name") {
      parameters.push({ name: child.text, kind: "rest", optional: false, modifiers: ["params"], ...(pendingParams.type !== undefined ? { type: pendingParams.type } : {}) });
      pendingParams = undefined;
    } else if (child.type === "parameter") {
      const parameter = readOne(child);
      if (parameter) parameters.push(parameter);
    }
  });
  return parameters;
}
