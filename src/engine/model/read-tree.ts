import type { Tree } from "web-tree-sitter";
import { SyntaxTree } from "../parse/syntax-tree.js";
import type { AcceptedFile } from "./accept-file.js";
import type { ParsedFile } from "./block.js";
import { buildBlocks } from "./build-blocks.js";
import { syntaxProblems } from "./syntax-problems.js";

/** A parsed tree read into blocks, syntax problems and (with `facts`) name-resolution facts. */
export function readTree(params: AcceptedFile & { file: string; tree: Tree; facts: boolean; previous?: ParsedFile }): ParsedFile {
  const { file, support, text, encoding, tree } = params;
  const { root } = new SyntaxTree(tree, text, support.sharedChildren);
  const definitions = support.findDefinitions(root, params.previous);
  const parsed: ParsedFile = {
    file,
    language: support.id,
    text,
    encoding,
    blocks: buildBlocks({ file, language: support.id, text, definitions }),
    problems: syntaxProblems(file, root),
  };
  if (params.facts && support.resolver) parsed.facts = support.resolver.extractFacts(parsed, root, params.previous);
  return parsed;
}
