import type { Block } from "../model/block.js";
import type { RawDefinition } from "./language-support.js";

/**
 * A file's previous blocks as the raw definitions they were read from, for a new version that takes
 * over the definitions that did not change.
 */
export class PreviousDefinitions {
  private readonly children = new Map<string, Block[]>();
  /** The blocks of the module (children of `<module>`, or without a parent in a file without one), in source order. */
  readonly topLevel: readonly Block[];

  constructor(blocks: readonly Block[]) {
    const moduleBlock = blocks.find((block) => block.kind === "module");
    const topLevel: Block[] = [];
    for (const block of blocks) {
      if (block.kind !== "module" && block.parentId === moduleBlock?.id) topLevel.push(block);
      if (block.parentId === undefined) continue;
      const siblings = this.children.get(block.parentId);
      if (siblings) siblings.push(block);
      else this.children.set(block.parentId, [block]);
    }
    this.topLevel = topLevel;
  }

  /** The blocks directly inside `blockId`'s, in source order. */
  childrenOf(blockId: string): readonly Block[] {
    return this.children.get(blockId) ?? [];
  }

  /** The block's definition with its nested ones, `delta` characters further on. */
  moved(block: Block, delta: number): RawDefinition {
    return {
      name: block.name,
      kind: block.kind,
      start: block.span.start + delta,
      end: block.span.end + delta,
      bodyStart: block.bodyStart + delta,
      children: this.childrenOf(block.id).map((child) => this.moved(child, delta)),
      taken: { text: block.text, signature: block.signature },
    };
  }
}
