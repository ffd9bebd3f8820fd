import type { Block, ParsedFile } from "../model/block.js";
import { callArguments } from "./call-arguments.js";

/**
 * A renamed parameter carried to a caller without the model: each call of `callee` in the block
 * that passes the parameter by keyword (`f(old=1)`, C# `F(old: 1)`) passes it under its new name;
 * calls that pass it by position need nothing. Recorded against the block's text when planned.
 */
export interface KeywordRename {
  kind: "keyword-rename";
  /** The called function's name, as calls write it. */
  callee: string;
  from: string;
  to: string;
  /** The block's own text when the rename was planned: a block edited since is left to the model. */
  blockText: string;
  /** Lines of the block's references to the callee, counted from the block's first line (0). */
  lines: number[];
}

/**
 * The file with the keyword renames applied to `block`, whose text they were planned against (the
 * same text when every call passes the parameter by position); undefined when a call cannot be
 * read (two calls of the callee on a line, a spread argument, the callee passed as a value).
 */
export function applyKeywordRenames(file: ParsedFile, block: Block, renames: readonly KeywordRename[]): string | undefined {
  const edits = new Map<number, { length: number; text: string }>();
  for (const rename of renames) {
    for (const line of new Set(rename.lines)) {
      const args = callArguments({ text: file.text, line: block.span.startLine + line, name: rename.callee, language: file.language });
      if (!args) return undefined;
      const keyword = args.keyword.get(rename.from);
      if (keyword && file.text.startsWith(rename.from, keyword.offset)) edits.set(keyword.offset, { length: rename.from.length, text: rename.to });
    }
  }
  let text = file.text;
  // From the end, so that each edit leaves the offsets before it where they were.
  for (const [offset, edit] of [...edits].sort(([a], [b]) => b - a)) text = text.slice(0, offset) + edit.text + text.slice(offset + edit.length);
  return text;
}
