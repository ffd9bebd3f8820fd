import type { SyntaxNode } from "../../parse/syntax-node.js";

/**
 * Where a member ends including the `;` or `,` that follows it: the grammar leaves the separator
 * of a method signature outside the node, and leaving it behind would put a stray `;` line into
 * the class or interface block whenever a signature is added or removed.
 */
export function separatorEnd(node: SyntaxNode): number {
  const next = node.nextSibling;
  return next && (next.type === ";" || next.type === ",") ? next.endIndex : node.endIndex;
}
