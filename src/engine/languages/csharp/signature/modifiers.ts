import type { Node } from "web-tree-sitter";
import { childrenOf, collapse, namedChildrenOf } from "../../../classify/syntax/children.js";

/** Modifiers that do not change what callers see (`async` is a flag of its own). */
const NOT_CONTRACT = new Set(["async", "partial", "unsafe"]);

/** A declaration's contract-changing modifiers (`public`, `static`, `virtual`, `override`, `readonly`, …), sorted. */
export function csharpModifiers(node: Node): string[] {
  return childrenOf(node)
    .filter((child) => child.type === "modifier" && !NOT_CONTRACT.has(child.text))
    .map((child) => child.text)
    .sort();
}

/** `<T> where T : class`: type parameters with their constraints, or undefined. */
export function csharpTypeParameters(node: Node): string | undefined {
  const parts = namedChildrenOf(node).filter((child) => child.type === "type_parameter_list" || child.type === "type_parameter_constraints_clause");
  return parts.length > 0 ? collapse(parts.map((part) => part.text).join(" ")) : undefined;
}
