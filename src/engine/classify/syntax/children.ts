import type { Node } from "web-tree-sitter";

/** A node's children without the nulls web-tree-sitter's typings allow. */
export function childrenOf(node: Node): Node[] {
  return node.children.filter((child): child is Node => child !== null);
}

/** A node's named children without nulls. */
export function namedChildrenOf(node: Node): Node[] {
  return node.namedChildren.filter((child): child is Node => child !== null);
}

/** Source text with runs of whitespace collapsed to one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The collapsed text of a node, or undefined for no node. */
export function textOf(node: Node | null | undefined): string | undefined {
  return node ? collapse(node.text) : undefined;
}
