import type { Node } from "web-tree-sitter";
import type { BodyGrammar } from "../../../classify/body/body-grammar.js";
import { namedChildrenOf } from "../../../classify/syntax/children.js";

function literalKey(index: Node): string | undefined {
  if (index.type !== "string") return undefined;
  return namedChildrenOf(index)
    .filter((part) => part.type === "string_fragment")
    .map((part) => part.text)
    .join("");
}

/** tree-sitter-typescript's (and -tsx's, -javascript's) node types for the language-neutral body reader. */
export const typescriptBodyGrammar: BodyGrammar = {
  nestedScopes: new Set(["function_declaration", "generator_function_declaration", "function_expression", "function", "generator_function", "arrow_function", "class_declaration", "class", "method_definition"]),
  comments: new Set(["comment"]),
  identifiers: new Set(["identifier", "shorthand_property_identifier_pattern"]),
  receivers: new Set(["this"]),
  returns: new Set(["return_statement"]),
  yields: new Set(["yield_expression"]),
  raises: new Set(["throw_statement"]),
  awaits: new Set(["await_expression"]),
  members: new Map([["member_expression", { object: "object", member: "property" }]]),
  subscripts: new Map([["subscript_expression", { object: "object", member: "index" }]]),
  calls: new Map([["call_expression", "function"]]),
  argumentLists: new Set(["arguments"]),
  assignments: new Map([
    ["assignment_expression", "left"],
    ["augmented_assignment_expression", "left"],
    ["update_expression", "argument"],
  ]),
  deletes: new Set(),
  bindings: new Map([
    ["variable_declarator", ["name"]],
    ["for_in_statement", ["left"]],
    ["catch_clause", ["parameter"]],
    ["arrow_function", ["parameters", "parameter"]],
    ["function_expression", ["parameters"]],
  ]),
  definitions: new Set(["variable_declarator"]),
  literalKey,
  returnedValue: (node) => namedChildrenOf(node).find((child) => child.type !== "comment"),
};
