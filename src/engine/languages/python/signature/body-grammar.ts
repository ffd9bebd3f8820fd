import type { Node } from "web-tree-sitter";
import type { BodyGrammar } from "../../../classify/body/body-grammar.js";
import { namedChildrenOf } from "../../../classify/syntax/children.js";

/** A plain string literal's content (`"api_endpoint"`, `'x'`); undefined for f-strings and concatenations. */
function literalKey(index: Node): string | undefined {
  if (index.type !== "string") return undefined;
  const parts = namedChildrenOf(index);
  if (parts.some((part) => part.type === "interpolation")) return undefined;
  return parts.filter((part) => part.type === "string_content").map((part) => part.text).join("");
}

/** tree-sitter-python's node types for the language-neutral body reader. */
export const pythonBodyGrammar: BodyGrammar = {
  nestedScopes: new Set(["function_definition", "class_definition", "lambda"]),
  comments: new Set(["comment"]),
  identifiers: new Set(["identifier"]),
  receivers: new Set(),
  returns: new Set(["return_statement"]),
  yields: new Set(["yield"]),
  raises: new Set(["raise_statement"]),
  awaits: new Set(["await"]),
  members: new Map([["attribute", { object: "object", member: "attribute" }]]),
  subscripts: new Map([["subscript", { object: "value", member: "subscript" }]]),
  calls: new Map([["call", "function"]]),
  argumentLists: new Set(["argument_list"]),
  assignments: new Map([
    ["assignment", "left"],
    ["augmented_assignment", "left"],
  ]),
  deletes: new Set(["delete_statement"]),
  bindings: new Map([
    ["assignment", ["left"]],
    ["for_statement", ["left"]],
    ["for_in_clause", ["left"]],
    ["as_pattern", ["alias"]],
    ["named_expression", ["name"]],
    ["lambda", ["parameters"]],
  ]),
  definitions: new Set(["assignment", "named_expression"]),
  literalKey,
  returnedValue: (node) => namedChildrenOf(node).find((child) => child.type !== "comment"),
};
