import type { Node } from "web-tree-sitter";
import type { Parameter, ParameterKind } from "../../../classify/contract.js";
import { textOf } from "../../../classify/syntax/children.js";
import { namedChildrenOf } from "../../../classify/syntax/children.js";

function identifierIn(node: Node): string {
  return node.type === "identifier" ? node.text : (namedChildrenOf(node).find((child) => child.type === "identifier")?.text ?? node.text);
}

function splatKind(node: Node): ParameterKind | undefined {
  const target = node.type === "typed_parameter" ? namedChildrenOf(node)[0] : node;
  if (target?.type === "list_splat_pattern") return "rest";
  if (target?.type === "dictionary_splat_pattern") return "keyword-rest";
  return undefined;
}

function readOne(node: Node, keywordOnly: boolean): Parameter {
  const nameNode = node.childForFieldName("name");
  const first = namedChildrenOf(node)[0];
  const name = identifierIn(nameNode ?? (node.type === "typed_parameter" && first ? first : node));
  const kind = splatKind(node) ?? (keywordOnly ? "keyword-only" : "positional");
  const type = textOf(node.childForFieldName("type"));
  const value = textOf(node.childForFieldName("value"));
  return { name, kind, optional: false, modifiers: [], ...(type !== undefined ? { type } : {}), ...(value !== undefined ? { default: value } : {}) };
}

/**
 * A `parameters` node as Parameters: `*args` is rest, `**kwargs` keyword-rest, anything after
 * `*`/`*args` keyword-only, anything before `/` positional-only. Receivers are marked by the caller.
 */
export function readPythonParameters(parameters: Node | null): Parameter[] {
  const result: Parameter[] = [];
  let keywordOnly = false;
  for (const node of parameters ? namedChildrenOf(parameters) : []) {
    if (node.type === "comment") continue;
    if (node.type === "keyword_separator") {
      keywordOnly = true;
      continue;
    }
    if (node.type === "positional_separator") {
      for (const earlier of result) earlier.kind = "positional-only";
      continue;
    }
    const parameter = readOne(node, keywordOnly);
    if (parameter.kind === "rest") keywordOnly = true;
    result.push(parameter);
  }
  return result;
}
