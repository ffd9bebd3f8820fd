import type { Node, Point, TreeCursor } from "web-tree-sitter";

/** The tree a SyntaxNode belongs to (a SyntaxTree), as its nodes use it. */
export interface SyntaxNodes {
  /** The text the tree was parsed from. */
  readonly source: string;
  /** The SyntaxNode of a web-tree-sitter node; `parent` when the caller knows it (undefined: ask when needed). */
  wrap(node: Node | null, parent: SyntaxNode | null | undefined): SyntaxNode | null;
  /** The grammar's id of a field name; undefined when the grammar has no such field. */
  fieldId(fieldName: string): number | undefined;
  /** True for the node types whose children are kept once read. */
  sharesChildrenOf(type: string): boolean;
  /** Every node of one of `types` in document order. */
  descendantsOfType(types: readonly string[]): SyntaxNode[];
  /** True when the tree has a syntax error somewhere. */
  readonly hasError: boolean;
}

/**
 * A node of a SyntaxTree: web-tree-sitter's Node with what the walkers read remembered on the
 * JavaScript side. Every read of a web-tree-sitter Node (its type, end, children, a field) is a
 * call into the parser's wasm memory that marshals the node first and builds a new Node object for
 * each node it returns; walkers read the same node's type and fields several times. Here each is
 * read once per SyntaxNode, children know their parent, and text is sliced from the source
 * (tree-sitter's indexes are UTF-16 offsets, the source's string indexes). See ./README.md.
 */
export class SyntaxNode {
  private cachedType: string | undefined;
  private cachedNamed: boolean | undefined;
  private cachedEnd = -1;
  private cachedChildren: SyntaxNode[] | undefined;
  private cachedNamedChildren: SyntaxNode[] | undefined;
  /** Fields read so far, as pairs: field id, then the child (or null). */
  private cachedFields: (number | SyntaxNode | null)[] | undefined;

  constructor(
    readonly tree: SyntaxNodes,
    private readonly node: Node,
    private knownParent: SyntaxNode | null | undefined,
  ) {}

  /** Unique within the tree (tree-sitter's node id). */
  get id(): number {
    return this.node.id;
  }

  get startIndex(): number {
    return this.node.startIndex;
  }

  get startPosition(): Point {
    return this.node.startPosition;
  }

  get endIndex(): number {
    if (this.cachedEnd < 0) this.cachedEnd = this.node.endIndex;
    return this.cachedEnd;
  }

  get endPosition(): Point {
    return this.node.endPosition;
  }

  get type(): string {
    this.cachedType ??= this.node.type;
    return this.cachedType;
  }

  get text(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }

  get isNamed(): boolean {
    this.cachedNamed ??= this.node.isNamed;
    return this.cachedNamed;
  }

  get isMissing(): boolean {
    return this.node.isMissing;
  }

  get isError(): boolean {
    return this.node.isError;
  }

  get hasError(): boolean {
    return this.node.hasError;
  }

  get parent(): SyntaxNode | null {
    if (this.knownParent === undefined) this.knownParent = this.tree.wrap(this.node.parent, undefined);
    return this.knownParent;
  }

  get children(): readonly SyntaxNode[] {
    if (this.cachedChildren) return this.cachedChildren;
    const children = this.wrapAll(this.node.children);
    if (this.tree.sharesChildrenOf(this.type)) this.cachedChildren = children;
    return children;
  }

  /** Named children; kept for the node types whose children several walks read (see SyntaxTree). */
  get namedChildren(): readonly SyntaxNode[] {
    if (this.cachedNamedChildren) return this.cachedNamedChildren;
    const children = this.wrapAll(this.node.namedChildren);
    if (this.tree.sharesChildrenOf(this.type)) this.cachedNamedChildren = children;
    return children;
  }

  get childCount(): number {
    return this.cachedChildren?.length ?? this.node.childCount;
  }

  get namedChildCount(): number {
    return this.cachedNamedChildren?.length ?? this.node.namedChildCount;
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.namedChild(0);
  }

  child(index: number): SyntaxNode | null {
    if (this.cachedChildren || this.tree.sharesChildrenOf(this.type)) return this.children[index] ?? null;
    return this.tree.wrap(this.node.child(index), this);
  }

  namedChild(index: number): SyntaxNode | null {
    if (this.cachedNamedChildren || this.tree.sharesChildrenOf(this.type)) return this.namedChildren[index] ?? null;
    return this.tree.wrap(this.node.namedChild(index), this);
  }

  get nextSibling(): SyntaxNode | null {
    return this.tree.wrap(this.node.nextSibling, this.knownParent);
  }

  childForFieldName(fieldName: string): SyntaxNode | null {
    const fieldId = this.tree.fieldId(fieldName);
    if (fieldId === undefined) return null;
    const fields = (this.cachedFields ??= []);
    for (let i = 0; i < fields.length; i += 2) {
      if (fields[i] === fieldId) return fields[i + 1] as SyntaxNode | null;
    }
    const found = this.tree.wrap(this.node.childForFieldId(fieldId), this);
    fields.push(fieldId, found);
    return found;
  }

  childrenForFieldName(fieldName: string): readonly SyntaxNode[] {
    const fieldId = this.tree.fieldId(fieldName);
    return fieldId === undefined ? [] : this.wrapAll(this.node.childrenForFieldId(fieldId));
  }

  /** A web-tree-sitter cursor on this node, for walks that must not build a node per step. */
  walk(): TreeCursor {
    return this.node.walk();
  }

  private wrapAll(nodes: readonly (Node | null)[]): SyntaxNode[] {
    const wrapped: SyntaxNode[] = [];
    for (const node of nodes) {
      const child = this.tree.wrap(node, this);
      if (child) wrapped.push(child);
    }
    return wrapped;
  }
}
