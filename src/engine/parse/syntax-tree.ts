import type { Tree } from "web-tree-sitter";
import { ERROR_TYPE, FlatTree, type FlatReading } from "./flat-tree.js";
import { SyntaxNode, type SyntaxNodes } from "./syntax-node.js";

/**
 * A parsed file as the extractors walk it: the tree copied out of the parser (flat-tree.ts) and
 * the text it was parsed from. Read "on-demand", the web-tree-sitter tree must outlive the walk.
 */
export class SyntaxTree implements SyntaxNodes {
  private readonly fieldIds = new Map<string, number | undefined>();
  private readonly nodes: (SyntaxNode | undefined)[];
  readonly flat: FlatTree;
  readonly root: SyntaxNode;

  constructor(
    tree: Tree,
    readonly source: string,
    reading: FlatReading = "whole",
  ) {
    this.flat = new FlatTree(tree, source, reading);
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

  descendantsOfType(types: readonly string[]): SyntaxNode[] {
    const names = new Set(types);
    const wanted = new Set<number>();
    this.flat.language.types.forEach((name, id) => {
      if (names.has(name)) wanted.add(id);
    });
    if (names.has("ERROR")) wanted.add(ERROR_TYPE);
    const found: SyntaxNode[] = [];
    this.flat.readSubtree(0);
    for (let index = 1; index < this.flat.count; index++) if (wanted.has(this.flat.types[index] as number)) found.push(this.node(index));
    return found;
  }
}
