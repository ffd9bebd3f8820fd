import { languageForPath } from "../languages/registry.js";
import { parseText } from "../parse/parser-pool.js";
import { SyntaxTree } from "../parse/syntax-tree.js";
import { decodeSource } from "../source/decode-source.js";
import type { ParsedFile, SkippedFile } from "./block.js";
import { buildBlocks } from "./build-blocks.js";
import { syntaxProblems } from "./syntax-problems.js";

export const DEFAULT_MAX_FILE_BYTES = 2_000_000;

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
  const support = languageForPath(file);
  if (!support) return { file, reason: "unsupported-language", detail: "no language support for this extension" };
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > maxFileBytes) {
    return { file, reason: "too-large", detail: `${bytes.length} bytes is over the limit of ${maxFileBytes}` };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { file, reason: decoded.reason, detail: decoded.detail };
  const tree = await parseText(support, decoded.text);
  try {
    const { root } = new SyntaxTree(tree, decoded.text);
    const definitions = support.findDefinitions(root);
    const parsed: ParsedFile = {
      file,
      language: support.id,
      text: decoded.text,
      encoding: decoded.encoding,
      blocks: buildBlocks({ file, language: support.id, text: decoded.text, definitions }),
      problems: syntaxProblems(file, root),
    };
    if (options.facts && support.resolver) parsed.facts = support.resolver.extractFacts(parsed, root);
    return parsed;
  } finally {
    tree.delete();
  }
}

export function isSkipped(result: ParsedFile | SkippedFile): result is SkippedFile {
  return "reason" in result;
}
