import type { Block } from "../model/block.js";
import { isClassLike } from "../model/block-kinds.js";
import type { BlockContract } from "./contract.js";

/** One side of a block change: the block and its contract (undefined when its language has no reader). */
export interface BlockVersion {
  block: Block;
  contract: BlockContract | undefined;
  /** The class-like block that encloses it, when there is one. */
  classId: string | undefined;
}

/** Both versions of a modified block with their contracts, already known to be of the same kind. */
export interface ContractPair<C extends BlockContract> {
  before: BlockVersion;
  after: BlockVersion;
  beforeContract: C;
  afterContract: C;
}

export { isClassLike };

/** The id of the class-like block directly enclosing `block`, if any. */
export function enclosingClassId(block: Block, blocks: ReadonlyMap<string, Block>): string | undefined {
  const parent = block.parentId ? blocks.get(block.parentId) : undefined;
  return parent && isClassLike(parent.kind) ? parent.id : undefined;
}

/** `` `Class.method` ``: how summaries name a block. */
export function label(block: Block): string {
  return `\`${block.symbol}\``;
}
