import type { Tree } from "web-tree-sitter";
import { parseText, reparseText, type ParsedText } from "../parse/parser-pool.js";
import { acceptFile } from "./accept-file.js";
import type { ParsedFile, SkippedFile } from "./block.js";
import { isSkipped, type ParseOptions } from "./parse-file.js";
import { readTree } from "./read-tree.js";

/** A parsed file with the tree it was read from, which the caller now owns (and deletes). */
export interface ParsedFileWithTree {
  parsed: ParsedFile;
  tree: Tree;
}

/**
 * parseFile that hands over its tree. With `previous` (the tree and text of the file's last
 * version) only what the edit changed is parsed again; the result is the same as a fresh parse.
 */
export async function parseFileKeepingTree(
  file: string,
  bytes: Uint8Array,
  options: ParseOptions & { previous?: ParsedText } = {},
): Promise<ParsedFileWithTree | SkippedFile> {
  const accepted = acceptFile(file, bytes, options.maxFileBytes);
  if (isSkipped(accepted)) return accepted;
  const tree = options.previous ? await reparseText(accepted.support, accepted.text, options.previous) : await parseText(accepted.support, accepted.text);
  try {
    return { parsed: readTree({ ...accepted, file, tree, facts: options.facts ?? false }), tree };
  } catch (error) {
    tree.delete();
    throw error;
  }
}
