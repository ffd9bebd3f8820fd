import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { Block } from "../../../model/block.js";

/** A file's blocks as a tree, for finding the block a node's text belongs to by position. */
export class BlockTree {
  private readonly children = new Map<string, Block[]>();

  constructor(blocks: readonly Block[]) {
    for (const block of blocks) {
      if (block.kind === "module") continue;
      const key = block.parentId ?? "";
      const siblings = this.children.get(key) ?? [];
      siblings.push(block);
      this.children.set(key, siblings);
    }
    for (const siblings of this.children.values()) siblings.sort((a, b) => a.span.start - b.span.start);
  }

  /** The child block of `parent` (top-level blocks for the `<module>` or no block) whose span holds `node`. */
  childContaining(parent: Block | undefined, node: SyntaxNode): Block | undefined {
    const siblings = this.children.get(parent?.id ?? "");
    if (!siblings) return undefined;
    const start = node.startIndex;
    let low = 0;
    let high = siblings.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((siblings[mid]?.span.start ?? 0) <= start) low = mid + 1;
      else high = mid;
    }
    const candidate = siblings[low - 1];
    // endIndex costs a call into the parser's memory: read it only for a candidate.
    return candidate && start < candidate.span.end && node.endIndex <= candidate.span.end ? candidate : undefined;
  }
}
