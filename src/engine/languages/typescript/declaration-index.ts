import type { SyntaxNode, SyntaxNodes } from "../../parse/syntax-node.js";
import { NESTABLE_DECLARATION_TYPES } from "./declaration-site.js";

/**
 * Every nestable declaration node of one tree in document order, collected by one native walk
 * (`descendantsOfType` runs inside the wasm runtime, several times faster than visiting each node
 * from JavaScript); searching each function body anew would visit a node once per enclosing function.
 */
class DeclarationIndex {
  private readonly starts: number[];

  constructor(private readonly nodes: readonly SyntaxNode[]) {
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
  outermost<T>(start: number, end: number, accept: (node: SyntaxNode) => T | undefined): T[] {
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

const indexes = new WeakMap<SyntaxNodes, DeclarationIndex>();

/** The declaration index of a tree, built on first use and dropped with the tree. */
export function declarationIndex(tree: SyntaxNodes): DeclarationIndex {
  let index = indexes.get(tree);
  if (!index) {
    index = new DeclarationIndex(tree.descendantsOfType([...NESTABLE_DECLARATION_TYPES]));
    indexes.set(tree, index);
  }
  return index;
}
