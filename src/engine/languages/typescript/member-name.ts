import type { SyntaxNode } from "../../parse/syntax-node.js";

/**
 * The name a class or interface member is known by: `"quoted"` names lose their quotes (they
 * name the same property as the bare word), `#private` keeps its hash, and computed names keep
 * their brackets with whitespace collapsed (`[Symbol.iterator]`). Empty when the member has no name.
 */
export function memberName(node: SyntaxNode | null): string {
  if (!node) return "";
  if (node.type === "string") return node.text.slice(1, -1);
  return node.text.replace(/\s+/g, " ");
}
