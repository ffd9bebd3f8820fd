import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { Reference } from "../../../graph/facts.js";
import type { FileCollector } from "./file-collector.js";
import type { Scope } from "./scope.js";

/** What node handlers share: the file's collector, a work list, and the blocks' definition nodes. */
export interface Walker {
  readonly file: FileCollector;
  /** Schedules `node` to be walked in `scope`, or in the block inside it whose text `node` is (nodes are walked in source order). */
  visit(node: SyntaxNode | null | undefined, scope: Scope): void;
  /** visit for a member of a class body (in the class's scope): members are walked, and logged, one at a time (see MemberLog). */
  visitMember(node: SyntaxNode, scope: Scope): void;
  /**
   * True when `node` is the definition of the scope's block (its kind fits and its body starts
   * where the block's does); the first such node claims the block, later ones are not it.
   * With `peek`, answers without claiming.
   */
  claims(node: SyntaxNode, scope: Scope, peek?: boolean): boolean;
}

export type Handler = (node: SyntaxNode, scope: Scope, walker: Walker) => void;

/** Schedules every named child of `node`. */
export function visitChildren(walker: Walker, node: SyntaxNode, scope: Scope): void {
  for (const child of node.namedChildren) walker.visit(child, scope);
}

/** Adds a reference to the scope's block. */
export function addReference(scope: Scope, reference: Reference): void {
  scope.facts?.references.push(reference);
}

/** True when `node` has the anonymous keyword token (`static`, `async`, `default`). */
export function hasToken(node: SyntaxNode, token: string): boolean {
  return node.children.some((child) => child !== null && !child.isNamed && child.type === token);
}

export function lineOf(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}
