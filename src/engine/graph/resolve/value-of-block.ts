import type { Block } from "../../model/block.js";
import { UNKNOWN, type Value } from "./value.js";

const CLASS_LIKE = new Set(["class", "interface", "enum", "type"]);

/** The value a definition block's name stands for. */
export function valueOfBlock(block: Block): Value {
  if (CLASS_LIKE.has(block.kind)) return { kind: "class", classId: block.id };
  if (block.kind === "module") return UNKNOWN;
  return { kind: "function", blockId: block.id };
}
