import type { Node, Tree } from "web-tree-sitter";
import { nestableQuery } from "./nestable-query.js";

/**
 * Every nestable declaration node of one tree in document order, found by a single query run:
 * querying each function body anew would match a declaration once per enclosing function.
 */
class DeclarationIndex {
  private readonly starts: number[];

  constructor(private readonly nodes: readonly Node[]) {
    this.starts = nodes.map((node) => node.startIndex);
  }

  /** Index of the first declaration starting at or after `offset`. */
  private firstFrom(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.starts[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * The declarations inside [start, end) that `accept` takes, outermost first: once one is
   * taken, the declarations inside it are skipped; a rejected one does not hide its inner ones.
   */
  outermost<T>(start: number, end: number, accept: (node: Node) => T | undefined): T[] {
    const taken: T[] = [];
    let index = this.firstFrom(start);
    while (index < this.nodes.length) {
      const node = this.nodes[index];
      if (!node || node.startIndex >= end) break;
      const value = accept(node);
      if (value === undefined) {
        index += 1;
      } else {
        taken.push(value);
        index = this.firstFrom(node.endIndex);
      }
    }
    return taken;
  }
}

const indexes = new WeakMap<Tree, DeclarationIndex>();

/** The declaration index of a tree, built on first use and dropped with the tree. */
export function declarationIndex(tree: Tree): DeclarationIndex {
  let index = indexes.get(tree);
  if (!index) {
    const captures = nestableQuery(tree.language).captures(tree.rootNode);
    index = new DeclarationIndex(captures.map((capture) => capture.node));
    indexes.set(tree, index);
  }
  return index;
}
