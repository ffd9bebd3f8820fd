import type { SyntaxNode } from "../../parse/syntax-node.js";

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Source text from the end of the first `keyword` token to the parameter list, e.g. `+` or `checked +`. */
function textAfterKeyword(node: SyntaxNode, keyword: string): string {
  const parameters = node.childForFieldName("parameters");
  for (const child of node.children) {
    if (child?.type === keyword && parameters) {
      return collapse(node.text.slice(child.endIndex - node.startIndex, parameters.startIndex - node.startIndex));
    }
  }
  return "";
}

/**
 * The block name of a method-like declaration. Operators have no identifier, so they are named as
 * they are written (`operator +`, `implicit operator int`) — unique within a class for all but
 * overloads, which get `#2` like any other same-named sibling; destructors are `~Name`.
 */
export function callableName(node: SyntaxNode): string {
  switch (node.type) {
    case "operator_declaration":
      return `operator ${textAfterKeyword(node, "operator")}`;
    case "conversion_operator_declaration": {
      const direction = node.children.find((child) => child?.type === "implicit" || child?.type === "explicit");
      return `${direction?.type ?? "implicit"} operator ${collapse(node.childForFieldName("type")?.text ?? "")}`;
    }
    case "destructor_declaration":
      return `~${node.childForFieldName("name")?.text ?? ""}`;
    default:
      return node.childForFieldName("name")?.text ?? "";
  }
}
