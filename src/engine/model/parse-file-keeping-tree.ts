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

/** What is known of the version of a file that a new one replaces. */
export interface PreviousVersion {
  /** Its tree and text: only what the edit changed is parsed again. */
  tree?: ParsedText;
  /** Its blocks and facts: a language may take over those of definitions that did not change. */
  parsed?: ParsedFile;
}

/**
 * parseFile that hands over its tree, and reads a new version of a file with what is known of the
 * previous one (see PreviousVersion). The result is the same as a fresh parse.
 */
export async function parseFileKeepingTree(
  file: string,
  bytes: Uint8Array,
  options: ParseOptions & { previous?: PreviousVersion } = {},
): Promise<ParsedFileWithTree | SkippedFile> {
  const accepted = acceptFile(file, bytes, options.maxFileBytes);
  if (isSkipped(accepted)) return accepted;
  const previousTree = options.previous?.tree;
  const tree = previousTree ? await reparseText(accepted.support, accepted.text, previousTree) : await parseText(accepted.support, accepted.text);
  try {
    return { parsed: readTree({ ...accepted, file, tree, facts: options.facts ?? false, previous: options.previous?.parsed }), tree };
  } catch (error) {
    tree.delete();
    throw error;
  }
}
