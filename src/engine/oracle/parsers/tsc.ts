import type { Diagnostic } from "../../ports.js";
import { outputLines } from "../output-lines.js";
import type { ParseContext } from "../parse-context.js";
import { toRepoPath } from "../repo-path.js";

// `src/a.ts(12,5): error TS2554: Expected 2 arguments, but got 1.` (--pretty false)
const PLAIN = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
// `src/a.ts:12:5 - error TS2554: Expected 2 arguments, but got 1.` (--pretty, colours stripped)
const PRETTY = /^(.+?):(\d+):(\d+) - (error|warning) (TS\d+): (.*)$/;

/**
 * Diagnostics from tsc's output, plain (`--pretty false`) or pretty. A plain diagnostic's indented
 * continuation lines (the rest of its message chain) join its message with newlines. Errors without
 * a file (`error TS5058: …`) and files outside the repository are left out.
 */
export function parseTsc(output: string, context: ParseContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let current: Diagnostic | undefined;
  for (const line of outputLines(output)) {
    const match = PLAIN.exec(line) ?? PRETTY.exec(line);
    if (match) {
      current = toDiagnostic(match, context);
      if (current) diagnostics.push(current);
    } else if (current && PLAIN_CONTINUATION.test(line)) {
      current.message += `\n${line.trim()}`;
    } else {
      current = undefined;
    }
  }
  return diagnostics;
}

// The message chain of a plain diagnostic continues on lines indented by two spaces per level.
const PLAIN_CONTINUATION = /^ {2,}\S/;

function toDiagnostic(match: RegExpExecArray, context: ParseContext): Diagnostic | undefined {
  const [, path = "", line = "", column = "", severity, code, message = ""] = match;
  const file = toRepoPath(path, context);
  if (file === undefined) return undefined;
  return {
    file,
    line: Number(line),
    column: Number(column),
    severity: severity === "warning" ? "warning" : "error",
    code,
    message,
    source: "tsc",
  };
}
