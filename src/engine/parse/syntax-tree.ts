import type { Tree } from "web-tree-sitter";
import { ERROR_TYPE, FlatTree, type FlatReading } from "./flat-tree.js";
import { SyntaxNode, type SyntaxNodes } from "./syntax-node.js";

/**
 * A parsed file as the extractors walk it: the tree copied out of the parser (flat-tree.ts) and
 * the text it was parsed from. Read "on-demand", the web-tree-sitter tree must outlive the walk.
 * Given a FlatTree (one another thread copied), that is the tree.
 */
export class SyntaxTree implements SyntaxNodes {
  private readonly fieldIds = new Map<string, number | undefined>();
  private readonly typeIdSets = new Map<string, ReadonlySet<number>>();
  private readonly nodes: (SyntaxNode | undefined)[];
  readonly flat: FlatTree;
  readonly root: SyntaxNode;

  constructor(
    tree: Tree | FlatTree,
    readonly source: string,
    reading: FlatReading = "whole",
  ) {
    this.flat = tree instanceof FlatTree ? tree : new FlatTree(tree, source, reading);
    this.nodes = new Array<SyntaxNode | undefined>(this.flat.count);
    this.root = this.node(0);
  }

  get hasError(): boolean {
    return this.root.hasError;
  }

  node(index: number): SyntaxNode {
    let node = this.nodes[index];
    if (!node) {
      node = new SyntaxNode(this, index);
      this.nodes[index] = node;
    }
    return node;
  }

  fieldId(fieldName: string): number | undefined {
    if (this.fieldIds.has(fieldName)) return this.fieldIds.get(fieldName);
    const index = this.flat.language.fields.indexOf(fieldName);
    const id = index > 0 ? index : undefined;
    this.fieldIds.set(fieldName, id);
    return id;
  }

  descendantsOfType(types: readonly string[], below: SyntaxNode = this.root): SyntaxNode[] {
    const wanted = this.typeIds(types);
    const found: SyntaxNode[] = [];
    this.flat.readSubtree(below.index);
    const end = this.flat.subtreeEnds[below.index] as number;
    for (let index = below.index + 1; index < end; index++) if (wanted.has(this.flat.types[index] as number)) found.push(this.node(index));
    return found;
  }

  /** The grammar's ids of the node types (ERROR included when asked for), looked up once per list. */
  private typeIds(types: readonly string[]): ReadonlySet<number> {
    const key = types.join(" ");
    let wanted = this.typeIdSets.get(key);
    if (!wanted) {
      const names = new Set(types);
      const ids = new Set<number>();
      this.flat.language.types.forEach((name, id) => {
        if (names.has(name)) ids.add(id);
      });
      if (names.has("ERROR")) ids.add(ERROR_TYPE);
      wanted = ids;
      this.typeIdSets.set(key, wanted);
    }
    return wanted;
  }
}
