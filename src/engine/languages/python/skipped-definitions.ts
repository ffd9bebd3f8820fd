import type { Block, ParsedFile } from "../../model/block.js";
import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { ChangedRange } from "../../parse/text-edit.js";
import { definitionLogs } from "./facts/definition-log.js";
import type { RawDefinition, SkippedDefinition } from "../language-support.js";
import { TRANSPARENT } from "./transparent-statements.js";
import { PreviousDefinitions } from "../previous-definitions.js";

/** The offset where the line holding `offset` starts. */
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/**
 * Whether the definition ends for good before `limit`: a line after it and before `limit` starts,
 * at the definition's own indentation or less, with something other than a comment. (Without one,
 * an edit may have added lines to its body: Python ends a suite where the indentation does.)
 */
function closedBefore(text: string, block: Block, limit: number): boolean {
  const indentation = block.span.start - lineStartOf(text, block.span.start);
  for (let line = text.indexOf("\n", block.span.end) + 1; line > 0 && line < limit; line = text.indexOf("\n", line) + 1) {
    let first = line;
    while (text[first] === " " || text[first] === "\t") first++;
    if (first >= limit) return false;
    const char = text[first];
    if (char === "\n" || char === "\r" || char === "#") continue;
    return first - line <= indentation;
  }
  return false;
}

/**
 * Python's LanguageSupport.skippableDefinitions: the definitions of the module (also under its
 * `if`/`try`/…) that lie wholly before or after the edit. One before it must be closed by a later
 * statement of the unchanged text; a version with a syntax error, or without logs of how its
 * definitions were walked, skips nothing.
 */
export function skippablePythonDefinitions(previous: ParsedFile, range: ChangedRange): SkippedDefinition[] {
  const moduleBlock = previous.blocks.find((block) => block.kind === "module");
  if (!moduleBlock || previous.problems.length > 0 || !definitionLogs(previous.facts)) return [];
  const delta = range.newEnd - range.oldEnd;
  const skipped: SkippedDefinition[] = [];
  for (const block of previous.blocks) {
    if (block.parentId !== moduleBlock.id) continue;
    if (block.span.end < range.start && closedBefore(previous.text, block, range.start)) skipped.push({ block, delta: 0 });
    else if (block.span.start > range.oldEnd) skipped.push({ block, delta });
  }
  return skipped;
}

/** Whether `[start, end)` lies between the statements of the module or of compound statements at its top level. */
function liesBetweenStatements(root: SyntaxNode, start: number, end: number): boolean {
  let container = root;
  for (;;) {
    const overlapping = container.children.find((child) => child.startIndex < end && child.endIndex > start);
    if (!overlapping) return true;
    if (!TRANSPARENT.has(overlapping.type) || overlapping.type === "ERROR") return false;
    container = overlapping;
  }
}

/**
 * The skipped definitions as raw definitions at their new places, taken from the previous version's
 * blocks; undefined when one of them does not lie between statements in `root` (the edit opened a
 * string or a bracket before it, say), where a parse of the whole file would not have it either.
 */
export function skippedRawDefinitions(root: SyntaxNode, previous: ParsedFile, skipped: readonly SkippedDefinition[]): RawDefinition[] | undefined {
  const previousDefinitions = new PreviousDefinitions(previous.blocks);
  const definitions: RawDefinition[] = [];
  for (const { block, delta } of skipped) {
    if (!liesBetweenStatements(root, block.span.start + delta, block.span.end + delta)) return undefined;
    definitions.push(previousDefinitions.moved(block, delta));
  }
  return definitions;
}
