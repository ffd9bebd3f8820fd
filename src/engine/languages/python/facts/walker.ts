import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { BlockFacts } from "../../../graph/facts.js";
import type { Block } from "../../../model/block.js";
import type { DefinitionLog } from "./definition-log.js";
import type { FileCollector } from "./file-collector.js";
import type { Scope } from "./scope.js";

/** What node handlers share: the file's collector, a work list, and the blocks by start offset. */
export interface Walker {
  readonly file: FileCollector;
  /** Schedules `node` to be walked in `scope` (nodes are walked in source order). */
  visit(node: SyntaxNode | null | undefined, scope: Scope): void;
  /** The block a definition starting at `start` (its first decorator, or `def`/`class`) became. */
  blockAt(start: number): Block | undefined;
  /** `block` and the blocks nested in it. */
  blocksIn(block: Block): Block[];
  /** Logs the walk of a definition from now until its nodes are walked. */
  beginDefinition(blockId: string, log: DefinitionLog): void;
  /** From the file's previous version: the walk of a definition, and a block's facts. */
  previousLog(blockId: string): DefinitionLog | undefined;
  previousFacts(blockId: string): BlockFacts | undefined;
}

/** Schedules every named child of `node`. */
export function visitChildren(walker: Walker, node: SyntaxNode, scope: Scope): void {
  for (const child of node.namedChildren) walker.visit(child, scope);
}
