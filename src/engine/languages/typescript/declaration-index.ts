import type { SyntaxNode, SyntaxNodes } from "../../parse/syntax-node.js";
import { lowerBound } from "../../model/lower-bound.js";
import { NESTABLE_DECLARATION_TYPES } from "./declaration-site.js";

const TYPES = [...NESTABLE_DECLARATION_TYPES];

/** First index of `starts` at or after `offset`. */
function firstFrom(starts: readonly number[], offset: number): number {
  return lowerBound(starts.length, (index) => starts[index] as number, offset);
}

/** The nestable declarations of one part of a tree (itself included), in document order. */
class StatementDeclarations {
  private readonly starts: number[];

  constructor(private readonly nodes: readonly SyntaxNode[]) {
    this.starts = nodes.map((node) => node.startIndex);
  }

  outermost<T>(start: number, end: number, accept: (node: SyntaxNode) => T | undefined, taken: T[]): void {
    let index = firstFrom(this.starts, start);
    while (index < this.nodes.length) {
      const node = this.nodes[index];
      if (!node || node.startIndex >= end) break;
      const value = accept(node);
      if (value === undefined) {
        index += 1;
      } else {
        taken.push(value);
        index = firstFrom(this.starts, node.endIndex);
      }
    }
  }
}

/** A node below which more nodes than this are indexed in parts (its children), when a search lies inside one. */
const LARGE = 2048;

/**
 * Every nestable declaration node of one tree in document order, collected in parts, and only for
 * the parts searched: a part is a top-level statement, or a child of a large node that a search
 * lies inside (a member of a large class). A file reread after an edit searches the edited
 * definitions only. Searching each function body anew would visit a node once per enclosing function.
 */
class DeclarationIndex {
  private readonly parts = new Map<number, StatementDeclarations>();

  constructor(private readonly tree: SyntaxNodes) {}

  /**
   * The declarations inside [start, end) that `accept` takes, outermost first: once one is
   * taken, the declarations inside it are skipped; a rejected one does not hide its inner ones.
   */
  outermost<T>(start: number, end: number, accept: (node: SyntaxNode) => T | undefined): T[] {
    let container = this.tree.node(0);
    for (let holder = holding(container, start, end); holder && this.large(holder) && !this.candidate(holder, start); holder = holding(holder, start, end)) {
      container = holder;
    }
    const taken: T[] = [];
    for (const part of container.children) {
      if (part.startIndex >= end) break;
      if (part.endIndex > start) this.declarationsOf(part).outermost(start, end, accept, taken);
    }
    return taken;
  }

  private large(node: SyntaxNode): boolean {
    return (this.tree.flat.subtreeEnds[node.index] as number) - node.index > LARGE;
  }

  /** Whether the node itself may be among the declarations found from `start` (then it is indexed as a part, not entered). */
  private candidate(node: SyntaxNode, start: number): boolean {
    return node.startIndex >= start && NESTABLE_DECLARATION_TYPES.has(node.type);
  }

  private declarationsOf(part: SyntaxNode): StatementDeclarations {
    let declarations = this.parts.get(part.index);
    if (!declarations) {
      const below = this.tree.descendantsOfType(TYPES, part);
      declarations = new StatementDeclarations(NESTABLE_DECLARATION_TYPES.has(part.type) ? [part, ...below] : below);
      this.parts.set(part.index, declarations);
    }
    return declarations;
  }
}

/** The child of `node` that holds all of [start, end). */
function holding(node: SyntaxNode, start: number, end: number): SyntaxNode | undefined {
  return node.children.find((child) => child.startIndex <= start && end <= child.endIndex);
}

const indexes = new WeakMap<SyntaxNodes, DeclarationIndex>();

/** The declaration index of a tree, built on first use and dropped with the tree. */
export function declarationIndex(tree: SyntaxNodes): DeclarationIndex {
  let index = indexes.get(tree);
  if (!index) {
    index = new DeclarationIndex(tree);
    indexes.set(tree, index);
  }
  return index;
}
