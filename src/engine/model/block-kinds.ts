import type { BlockKind } from "./block.js";

const CLASS_LIKE: ReadonlySet<BlockKind> = new Set(["class", "interface", "enum", "type"]);
const MEMBER_CONTAINERS: ReadonlySet<BlockKind> = new Set(["class", "interface", "enum"]);

/** Blocks that name a type: classes, interfaces, enums and type aliases. */
export function isClassLike(kind: BlockKind): boolean {
  return CLASS_LIKE.has(kind);
}

/** Blocks whose own text is a header plus fields, with members as nested blocks (a sketch of one folds its members). */
export function isMemberContainer(kind: BlockKind): boolean {
  return MEMBER_CONTAINERS.has(kind);
}
