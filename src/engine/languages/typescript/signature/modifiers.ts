import type { Node } from "web-tree-sitter";
import { childrenOf } from "../../../classify/syntax/children.js";

/** Keywords on a declaration that change its contract (`public` is the default, so it is not one). */
const CONTRACT_KEYWORDS = new Set(["static", "abstract", "readonly", "override", "declare", "get", "set", "accessor", "?", "!"]);

/** Nodes that wrap a declaration without changing it. */
const WRAPPERS = new Set(["export_statement", "lexical_declaration", "variable_declaration", "variable_declarator", "parenthesized_expression", "as_expression", "satisfies_expression", "ambient_declaration"]);

/** `export`, `export default`, `declare` from the statements wrapping a declaration. */
function wrapperModifiers(node: Node): string[] {
  const modifiers: string[] = [];
  for (let parent = node.parent; parent && WRAPPERS.has(parent.type); parent = parent.parent) {
    if (parent.type === "export_statement") {
      modifiers.push("export");
      if (childrenOf(parent).some((child) => child.type === "default")) modifiers.push("default");
    }
    if (parent.type === "ambient_declaration") modifiers.push("declare");
  }
  return modifiers;
}

/** The contract-changing modifiers of a declaration: keywords, `private`/`protected`, and export from its wrappers; sorted. */
export function typescriptModifiers(node: Node): string[] {
  const own = childrenOf(node).flatMap((child) => {
    if (child.type === "accessibility_modifier") return child.text === "public" ? [] : [child.text];
    return CONTRACT_KEYWORDS.has(child.type) ? [child.type] : [];
  });
  return [...new Set([...own, ...wrapperModifiers(node)])].sort();
}
