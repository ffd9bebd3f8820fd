import type { Point } from "web-tree-sitter";
import { ERROR_TYPE, HAS_ERROR, MISSING, NAMED, type FlatTree } from "./flat-tree.js";
import { rowAt } from "./line-starts.js";

/** The tree a SyntaxNode belongs to (a SyntaxTree), as its nodes use it. */
export interface SyntaxNodes {
  /** The text the tree was parsed from. */
  readonly source: string;
  readonly flat: FlatTree;
  /** The node at a pre-order index of the flat tree (one object per index). */
  node(index: number): SyntaxNode;
  /** The grammar's id of a field name; undefined when the grammar has no such field. */
  fieldId(fieldName: string): number | undefined;
  /** Every node of one of `types` below `below` (the root when not given), in document order. */
  descendantsOfType(types: readonly string[], below?: SyntaxNode): SyntaxNode[];
  /** True when the tree has a syntax error somewhere. */
  readonly hasError: boolean;
}

/**
 * A node of a SyntaxTree: a pre-order index into the tree's flat arrays (see flat-tree.ts), with
 * the reads of web-tree-sitter's Node that the walkers use. Nothing here calls into the parser.
 * Text is sliced from the source (tree-sitter's indexes are UTF-16 offsets, the source's string
 * indexes).
 */
export class SyntaxNode {
  constructor(
    readonly tree: SyntaxNodes,
    readonly index: number,
  ) {}

  /** Unique within the tree. */
  get id(): number {
    return this.index;
  }

  get startIndex(): number {
    return this.tree.flat.starts[this.index] as number;
  }

  get endIndex(): number {
    return this.tree.flat.ends[this.index] as number;
  }

  get startPosition(): Point {
    const flat = this.tree.flat;
    const row = flat.rows[this.index] as number;
    return { row, column: (flat.starts[this.index] as number) - (flat.lineStarts[row] as number) };
  }

  get endPosition(): Point {
    const { lineStarts } = this.tree.flat;
    const end = this.endIndex;
    const row = rowAt(lineStarts, end, this.tree.flat.rows[this.index]);
    return { row, column: end - (lineStarts[row] as number) };
  }

  get type(): string {
    const type = this.tree.flat.types[this.index] as number;
    return type === ERROR_TYPE ? "ERROR" : (this.tree.flat.language.types[type] ?? "ERROR");
  }

  get text(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }

  get isNamed(): boolean {
    return ((this.tree.flat.flags[this.index] as number) & NAMED) !== 0;
  }

  get isMissing(): boolean {
    return ((this.tree.flat.flags[this.index] as number) & MISSING) !== 0;
  }

  get isError(): boolean {
    return this.tree.flat.types[this.index] === ERROR_TYPE;
  }

  get hasError(): boolean {
    return ((this.tree.flat.flags[this.index] as number) & HAS_ERROR) !== 0;
  }

  get parent(): SyntaxNode | null {
    const parent = this.tree.flat.parents[this.index] as number;
    return parent < 0 ? null : this.tree.node(parent);
  }

  get children(): readonly SyntaxNode[] {
    const children: SyntaxNode[] = [];
    for (let child = this.firstChildIndex(); child >= 0; child = this.tree.flat.nextSiblings[child] as number) children.push(this.tree.node(child));
    return children;
  }

  get namedChildren(): readonly SyntaxNode[] {
    const { flags, nextSiblings } = this.tree.flat;
    const children: SyntaxNode[] = [];
    for (let child = this.firstChildIndex(); child >= 0; child = nextSiblings[child] as number) {
      if ((flags[child] as number) & NAMED) children.push(this.tree.node(child));
    }
    return children;
  }

  get childCount(): number {
    let count = 0;
    for (let child = this.firstChildIndex(); child >= 0; child = this.tree.flat.nextSiblings[child] as number) count++;
    return count;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.namedChild(0);
  }

  child(index: number): SyntaxNode | null {
    let remaining = index;
    for (let child = this.firstChildIndex(); child >= 0; child = this.tree.flat.nextSiblings[child] as number) {
      if (remaining-- === 0) return this.tree.node(child);
    }
    return null;
  }

  namedChild(index: number): SyntaxNode | null {
    const { flags, nextSiblings } = this.tree.flat;
    let remaining = index;
    for (let child = this.firstChildIndex(); child >= 0; child = nextSiblings[child] as number) {
      if ((flags[child] as number) & NAMED && remaining-- === 0) return this.tree.node(child);
    }
    return null;
  }

  get nextSibling(): SyntaxNode | null {
    const sibling = this.tree.flat.nextSiblings[this.index] as number;
    return sibling < 0 ? null : this.tree.node(sibling);
  }

  childForFieldName(fieldName: string): SyntaxNode | null {
    const fieldId = this.tree.fieldId(fieldName);
    if (fieldId === undefined) return null;
    const { fields, nextSiblings } = this.tree.flat;
    for (let child = this.firstChildIndex(); child >= 0; child = nextSiblings[child] as number) {
      if (fields[child] === fieldId) return this.tree.node(child);
    }
    return null;
  }

  childrenForFieldName(fieldName: string): readonly SyntaxNode[] {
    const fieldId = this.tree.fieldId(fieldName);
    if (fieldId === undefined) return [];
    const { fields, nextSiblings } = this.tree.flat;
    const found: SyntaxNode[] = [];
    for (let child = this.firstChildIndex(); child >= 0; child = nextSiblings[child] as number) {
      if (fields[child] === fieldId) found.push(this.tree.node(child));
    }
    return found;
  }

  /**
   * One past the pre-order index of the node's last descendant: its descendants are the nodes
   * `tree.node(index + 1)` up to this, in document order (all of them are read from the parser).
   */
  get subtreeEnd(): number {
    this.tree.flat.readSubtree(this.index);
    return this.tree.flat.subtreeEnds[this.index] as number;
  }

  private firstChildIndex(): number {
    const flat = this.tree.flat;
    flat.readChildren(this.index);
    const next = this.index + 1;
    return next < (flat.subtreeEnds[this.index] as number) ? next : -1;
  }
}
