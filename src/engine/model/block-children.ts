import type { Block, ParsedFile } from "./block.js";

/** Blocks of a file keyed by parent id; top-level definitions under the `<module>` id or "" when the file has none. */
export function childrenByParent(file: ParsedFile): Map<string, Block[]> {
  const children = new Map<string, Block[]>();
  for (const block of file.blocks) {
    if (block.kind === "module") continue;
    const key = block.parentId ?? "";
    const siblings = children.get(key);
    if (siblings) siblings.push(block);
    else children.set(key, [block]);
  }
  return children;
}
