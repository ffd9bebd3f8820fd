import type { Block, ParsedFile } from "../model/block.js";
import type { Diagnostic } from "../ports.js";
import type { DiagnosticInBlock } from "./diagnostic-in-block.js";

/**
 * Pairs every diagnostic, in order, with the innermost block whose lines contain it (a class header
 * line belongs to the class, a decorator line to what it decorates, a line between methods to the
 * class, a top-level line to `<module>`). When the column shows that the position lies outside a
 * block that shares the line (`class A { m() {} }`), the enclosing block is taken instead.
 */
export function mapDiagnosticsToBlocks(diagnostics: readonly Diagnostic[], files: readonly ParsedFile[]): DiagnosticInBlock[] {
  const byPath = new Map(files.map((file) => [file.file, file]));
  return diagnostics.map((diagnostic) => {
    const file = byPath.get(diagnostic.file);
    return { diagnostic, block: file ? innermostBlock(file, diagnostic) : undefined };
  });
}

function innermostBlock(file: ParsedFile, diagnostic: Diagnostic): Block | undefined {
  const containing = file.blocks
    .filter((block) => block.span.startLine <= diagnostic.line && diagnostic.line <= block.span.endLine)
    .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  const offset = diagnostic.column === undefined ? undefined : offsetOf(file.text, diagnostic.line, diagnostic.column);
  if (offset === undefined) return containing[0];
  return containing.find((block) => !clearlyOutside(file.text, block, offset)) ?? containing[0];
}

/** The string offset of a 1-based line and column, or undefined when the text has no such line. */
function offsetOf(text: string, line: number, column: number): number | undefined {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const newline = text.indexOf("\n", start);
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return start + Math.max(0, column - 1);
}

/** True when real text (not indentation or trailing blanks) separates the position from the block. */
function clearlyOutside(text: string, block: Block, offset: number): boolean {
  if (offset < block.span.start) return text.slice(offset, block.span.start).trim() !== "";
  if (offset >= block.span.end) return text.slice(block.span.end, offset + 1).trim() !== "";
  return false;
}
