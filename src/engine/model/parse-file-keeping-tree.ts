import type { Tree } from "web-tree-sitter";
import type { LanguageSupport, SkippedDefinition } from "../languages/language-support.js";
import { parseRanges, parseText, reparseText, type ParsedText } from "../parse/parser-pool.js";
import { changedRange } from "../parse/text-edit.js";
import { acceptFile, type AcceptedFile } from "./accept-file.js";
import type { ParsedFile, SkippedFile } from "./block.js";
import { isSkipped, type ParseOptions } from "./parse-file.js";
import { readTree, readTreeSkipping, type TreeToRead } from "./read-tree.js";

/** A parsed file with the tree it was read from, which the caller now owns (and deletes). */
export interface ParsedFileWithTree {
  parsed: ParsedFile;
  tree: Tree;
  /** The tree lacks definitions the language took over from the previous version: it is no tree to reparse from. */
  partial?: boolean;
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
  return parseAcceptedKeepingTree(file, accepted, options);
}

/** parseFileKeepingTree of a file already accepted (decoded). */
export async function parseAcceptedKeepingTree(
  file: string,
  accepted: AcceptedFile,
  options: ParseOptions & { previous?: PreviousVersion } = {},
): Promise<ParsedFileWithTree> {
  const toRead = { ...accepted, file, facts: options.facts ?? false, previous: options.previous?.parsed };
  const previous = options.previous?.parsed;
  const skipped = previous && skippable(accepted.support, previous, accepted.text);
  const gaps = skipped?.length ? gapsBetween(skipped, accepted.text.length) : [];
  // (No gap at all would mean no ranges, which tree-sitter takes as the whole text.)
  if (previous && skipped && gaps.length > 0) {
    const partial = readWithTree({ ...toRead, previous }, await parseRanges(accepted.support, accepted.text, gaps), skipped);
    if (partial) return { ...partial, partial: true };
  }
  const previousTree = options.previous?.tree;
  const tree = previousTree ? await reparseText(accepted.support, accepted.text, previousTree) : await parseText(accepted.support, accepted.text);
  return readWithTree(toRead, tree, undefined) as ParsedFileWithTree;
}

function skippable(support: LanguageSupport, previous: ParsedFile, text: string): SkippedDefinition[] | undefined {
  const range = support.skippableDefinitions && changedRange(previous.text, text);
  return range && support.skippableDefinitions?.(previous, range);
}

/** The stretches of a text of `length` characters around the skipped definitions (at their new places). */
function gapsBetween(skipped: readonly SkippedDefinition[], length: number): { start: number; end: number }[] {
  const gaps: { start: number; end: number }[] = [];
  let start = 0;
  for (const { block, delta } of skipped) {
    gaps.push({ start, end: block.span.start + delta });
    start = block.span.end + delta;
  }
  gaps.push({ start, end: length });
  return gaps.filter((gap) => gap.end > gap.start);
}

/**
 * Reads `tree` (handing it over with the result); with `skipped`, undefined when the language
 * cannot take them over or the tree has a syntax error (the tree is deleted then).
 */
function readWithTree(toRead: Omit<TreeToRead, "tree">, tree: Tree, skipped: readonly SkippedDefinition[] | undefined): ParsedFileWithTree | undefined {
  try {
    if (!skipped) return { parsed: readTree({ ...toRead, tree }), tree };
    const parsed = toRead.previous && readTreeSkipping({ ...toRead, previous: toRead.previous, tree }, skipped);
    if (parsed && parsed.problems.length === 0) return { parsed, tree };
  } catch (error) {
    tree.delete();
    throw error;
  }
  tree.delete();
  return undefined;
}
