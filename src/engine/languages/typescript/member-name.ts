import type { Node } from "web-tree-sitter";

/**
 * The name a class or interface member is known by: `"quoted"` names lose their quotes (they
 * name the same property as the bare word), `#private` keeps its hash, and computed names keep
 * their brackets with whitespace collapsed (`[Symbol.iterator]`). Empty when the member has no name.
 */
export function memberName(node: Node | null): string {
  if (!node) return "";
  if (node.type === "string") return node.text.slice(1, -1);
  return node.text.replace(/\s+/g, " ");
}
