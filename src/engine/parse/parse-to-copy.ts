import { languageById } from "../languages/registry.js";
import type { LanguageId } from "../model/block.js";
import { FlatTree, type FlatCopy } from "./flat-tree.js";
import { parseText } from "./parser-pool.js";

/**
 * `text` parsed as `language` and read whole into a FlatCopy, the parser's tree deleted: what a
 * parse thread (ParsePool) hands back to the thread building the graph.
 */
export async function parseToCopy(language: LanguageId, text: string): Promise<FlatCopy> {
  const tree = await parseText(languageById(language), text);
  try {
    return new FlatTree(tree, text, "whole").copy();
  } finally {
    tree.delete();
  }
}
