import type { Tree } from "web-tree-sitter";
import type { SkippedDefinition } from "../languages/language-support.js";
import type { FlatTree } from "../parse/flat-tree.js";
import { SyntaxTree } from "../parse/syntax-tree.js";
import type { AcceptedFile } from "./accept-file.js";
import type { ParsedFile } from "./block.js";
import { buildBlocks } from "./build-blocks.js";
import { syntaxProblems } from "./syntax-problems.js";

export interface TreeToRead extends AcceptedFile {
  file: string;
  /** The parser's tree, or a copy of one read whole on another thread. */
  tree: Tree | FlatTree;
  /** Also extract name-resolution facts. */
  facts: boolean;
  /** The file's previous version, whose unchanged definitions the language may take over. */
  previous?: ParsedFile;
}

/** A parsed tree read into blocks, syntax problems and (with `facts`) name-resolution facts. */
export function readTree(params: TreeToRead): ParsedFile {
  const parsed = read(params, undefined);
  if (!parsed) throw new Error(`${params.file}: the language refused a tree with no definitions skipped`);
  return parsed;
}

/**
 * readTree for a tree parsed without the previous version's `skipped` definitions (see
 * LanguageSupport.skippableDefinitions), which the language takes over; undefined when it cannot
 * (they do not fit the new tree), and the file must be parsed whole.
 */
export function readTreeSkipping(params: TreeToRead & { previous: ParsedFile }, skipped: readonly SkippedDefinition[]): ParsedFile | undefined {
  return read(params, skipped);
}

function read(params: TreeToRead, skipped: readonly SkippedDefinition[] | undefined): ParsedFile | undefined {
  const { file, support, text, encoding, tree } = params;
  const { root } = new SyntaxTree(tree, text, params.previous ? "on-demand" : "whole");
  const definitions = support.findDefinitions(root, params.previous, skipped);
  if (!definitions) return undefined;
  const parsed: ParsedFile = {
    file,
    language: support.id,
    text,
    encoding,
    blocks: buildBlocks({ file, language: support.id, text, definitions }),
    problems: syntaxProblems(file, root),
  };
  if (params.facts && support.resolver) {
    const facts = support.resolver.extractFacts(parsed, root, params.previous, skipped);
    if (!facts) return undefined;
    parsed.facts = facts;
  }
  return parsed;
}
