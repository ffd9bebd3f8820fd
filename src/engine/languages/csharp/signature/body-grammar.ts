import type { Node } from "web-tree-sitter";
import type { BodyGrammar } from "../../../classify/body/body-grammar.js";
import { namedChildrenOf } from "../../../classify/syntax/children.js";

/** `["key"]`: the content of a lone string-literal index. */
function literalKey(index: Node): string | undefined {
  const [argument, ...rest] = namedChildrenOf(index);
  const literal = argument?.type === "argument" ? namedChildrenOf(argument)[0] : argument;
  if (rest.length > 0 || literal?.type !== "string_literal") return undefined;
  return namedChildrenOf(literal)
    .filter((part) => part.type === "string_literal_content")
    .map((part) => part.text)
    .join("");
}

/** tree-sitter-c-sharp's node types for the language-neutral body reader. */
export const csharpBodyGrammar: BodyGrammar = {
  nestedScopes: new Set(["local_function_statement", "lambda_expression", "anonymous_method_expression", "class_declaration", "struct_declaration", "record_declaration"]),
  comments: new Set(["comment"]),
  identifiers: new Set(["identifier"]),
  receivers: new Set(["this"]),
  returns: new Set(["return_statement"]),
  yields: new Set(["yield_statement"]),
  raises: new Set(["throw_statement", "throw_expression"]),
  awaits: new Set(["await_expression"]),
  members: new Map([["member_access_expression", { object: "expression", member: "name" }]]),
  subscripts: new Map([["element_access_expression", { object: "expression", member: "subscript" }]]),
  calls: new Map([["invocation_expression", "function"]]),
  argumentLists: new Set(["argument_list"]),
  assignments: new Map([["assignment_expression", "left"]]),
  deletes: new Set(),
  bindings: new Map([
    ["variable_declarator", ["name"]],
    ["foreach_statement", ["left"]],
    ["catch_declaration", ["name"]],
    ["declaration_expression", ["name"]],
    ["parameter", ["name"]],
  ]),
  definitions: new Set(["variable_declarator"]),
  literalKey,
  returnedValue: (node) => namedChildrenOf(node).find((child) => child.type !== "comment"),
};
