import type { Node, Tree } from "web-tree-sitter";
import { SyntaxNode, type SyntaxNodes } from "./syntax-node.js";

/**
 * A parsed file as the extractors walk it: the web-tree-sitter tree and the text it was parsed
 * from. `sharedChildren` are the node types whose children more than one walk reads (the
 * statement containers that both the definitions and the facts walk go through): their nodes keep
 * their children, so the second walk reads nothing from the parser again. Other nodes keep
 * nothing, so that the walks' nodes die young.
 */
export class SyntaxTree implements SyntaxNodes {
  private readonly fieldIds = new Map<string, number | undefined>();
  private cachedHasError: boolean | undefined;
  readonly root: SyntaxNode;

  constructor(
    readonly tree: Tree,
    readonly source: string,
    private readonly sharedChildren: ReadonlySet<string> = new Set(),
  ) {
    this.root = new SyntaxNode(this, tree.rootNode, null);
  }

  get hasError(): boolean {
    this.cachedHasError ??= this.root.hasError;
    return this.cachedHasError;
  }

  sharesChildrenOf(type: string): boolean {
    return this.sharedChildren.has(type);
  }

  wrap(node: Node | null, parent: SyntaxNode | null | undefined): SyntaxNode | null {
    return node ? new SyntaxNode(this, node, parent) : null;
  }

  fieldId(fieldName: string): number | undefined {
    if (this.fieldIds.has(fieldName)) return this.fieldIds.get(fieldName);
    const index = this.tree.language.fields.indexOf(fieldName);
    const id = index > 0 ? index : undefined;
    this.fieldIds.set(fieldName, id);
    return id;
  }

  /** Found by one walk inside the parser's runtime. */
  descendantsOfType(types: readonly string[]): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    for (const node of this.tree.rootNode.descendantsOfType([...types])) {
      const wrapped = this.wrap(node, undefined);
      if (wrapped) found.push(wrapped);
    }
    return found;
  }
}
