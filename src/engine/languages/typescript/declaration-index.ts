import type { SyntaxNode, SyntaxNodes } from "../../parse/syntax-node.js";
import { NESTABLE_DECLARATION_TYPES } from "./declaration-site.js";

const TYPES = [...NESTABLE_DECLARATION_TYPES];

/** First index of `starts` at or after `offset`. */
function firstFrom(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The nestable declarations of one top-level statement (itself included), in document order. */
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

/**
 * Every nestable declaration node of one tree in document order, collected by one pass over the
 * flat tree per top-level statement, and only for the statements asked about (a file reread after
 * an edit asks about the edited statements only); searching each function body anew would visit a
 * node once per enclosing function.
 */
class DeclarationIndex {
  private readonly statements: readonly SyntaxNode[];
  private readonly statementStarts: number[];
  private readonly indexed = new Map<number, StatementDeclarations>();

  constructor(private readonly tree: SyntaxNodes) {
    this.statements = tree.node(0).children;
    this.statementStarts = this.statements.map((statement) => statement.startIndex);
  }

  /**
   * The declarations inside [start, end) that `accept` takes, outermost first: once one is
   * taken, the declarations inside it are skipped; a rejected one does not hide its inner ones.
   */
  outermost<T>(start: number, end: number, accept: (node: SyntaxNode) => T | undefined): T[] {
    const taken: T[] = [];
    for (let index = Math.max(0, firstFrom(this.statementStarts, start) - 1); index < this.statements.length; index++) {
      const statement = this.statements[index] as SyntaxNode;
      if (statement.startIndex >= end) break;
      if (statement.endIndex > start) this.declarationsOf(statement).outermost(start, end, accept, taken);
    }
    return taken;
  }

  private declarationsOf(statement: SyntaxNode): StatementDeclarations {
    let declarations = this.indexed.get(statement.index);
    if (!declarations) {
      const below = this.tree.descendantsOfType(TYPES, statement);
      declarations = new StatementDeclarations(NESTABLE_DECLARATION_TYPES.has(statement.type) ? [statement, ...below] : below);
      this.indexed.set(statement.index, declarations);
    }
    return declarations;
  }
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
