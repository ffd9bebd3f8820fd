import type { Node } from "web-tree-sitter";
import type { Span } from "../../model/block.js";
import { namedChildrenOf } from "./children.js";

/**
 * The outermost node of one of `types` inside a block's span: the definition the block was cut
 * from. Breadth-first from the smallest node covering the span, so an enclosing definition is
 * found before the ones nested in it, and siblings outside the span are never visited.
 */
export function definitionNode(root: Node, span: Span, types: ReadonlySet<string>): Node | undefined {
  const cover = root.descendantForIndex(span.start, Math.max(span.start, span.end - 1));
  let level: Node[] = [cover ?? root];
  while (level.length > 0) {
    const next: Node[] = [];
    for (const node of level) {
      const inside = node.startIndex >= span.start && node.endIndex <= span.end;
      if (inside && types.has(node.type)) return node;
      for (const child of namedChildrenOf(node)) {
        if (child.endIndex > span.start && child.startIndex < span.end) next.push(child);
      }
    }
    level = next;
  }
  return undefined;
}
