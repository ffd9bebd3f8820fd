import type { Block } from "./block.js";
import { lowerBound } from "./lower-bound.js";

/** The blocks (not `<module>`) that start in `[start, end)`, from blocks in source order. */
export function blocksStartingIn(blocks: readonly Block[], start: number, end: number): Block[] {
  const inside: Block[] = [];
  for (let index = lowerBound(blocks.length, (at) => (blocks[at] as Block).span.start, start); index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.span.start >= end) break;
    if (block.kind !== "module") inside.push(block);
  }
  return inside;
}
