import type { Block } from "../../model/block.js";
import { isClassLike } from "../../model/block-kinds.js";
import { UNKNOWN, type Value } from "./value.js";

/** The value a definition block's name stands for. */
export function valueOfBlock(block: Block): Value {
  if (isClassLike(block.kind)) return { kind: "class", classId: block.id };
  if (block.kind === "module") return UNKNOWN;
  return { kind: "function", blockId: block.id };
}
