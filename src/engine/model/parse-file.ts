import { parseText } from "../parse/parser-pool.js";
import { acceptFile } from "./accept-file.js";
import type { ParsedFile, SkippedFile } from "./block.js";
import { readTree } from "./read-tree.js";

export { DEFAULT_MAX_FILE_BYTES } from "./accept-file.js";

export interface ParseOptions {
  /** Files larger than this are skipped as `too-large`. */
  maxFileBytes?: number;
  /** Also extract name-resolution facts (graph building), from the same parse. */
  facts?: boolean;
}

/**
 * Parses one file into blocks. Never throws for bad input: unsupported, binary, huge or
 * undecodable files come back as a SkippedFile; syntax errors as problems beside the blocks that parsed.
 */
export async function parseFile(file: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedFile | SkippedFile> {
  const accepted = acceptFile(file, bytes, options.maxFileBytes);
  if (isSkipped(accepted)) return accepted;
  const tree = await parseText(accepted.support, accepted.text);
  try {
    return readTree({ ...accepted, file, tree, facts: options.facts ?? false });
  } finally {
    tree.delete();
  }
}

export function isSkipped<T extends object>(result: T | SkippedFile): result is SkippedFile {
  return "reason" in result;
}
