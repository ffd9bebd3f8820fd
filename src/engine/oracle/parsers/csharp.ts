import type { Diagnostic } from "../../ports.js";
import { outputLines } from "../output-lines.js";
import type { ParseContext } from "../parse-context.js";
import { toRepoPath } from "../repo-path.js";

// `src/Shop/Program.cs(10,13): error CS7036: message [/abs/Shop.csproj]` — mcs, csc, dotnet build and
// msbuild all print this canonical form; msbuild may give `(line)` or `(line,col,endLine,endCol)`.
const CANONICAL = /^\s*(.+?)\((\d+)(?:,(\d+))?(?:,\d+,\d+)?\)\s*:\s*(error|warning) ([A-Za-z]+\d+)\s*:\s*(.*?)(?: \[[^\]]+\])?\s*$/;

/**
 * Diagnostics from a C# compiler or build (mcs, csc, `dotnet build`, msbuild). The trailing
 * ` [project]` is dropped; lines without a file position (`CSC : error CS2001`, mcs's
 * "(Location of the symbol related to previous error)") are left out, and so are repeats, since
 * `dotnet build` lists every error again in its summary.
 */
export function parseCsharp(output: string, context: ParseContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const line of outputLines(output)) {
    const match = CANONICAL.exec(line);
    if (!match) continue;
    const diagnostic = toDiagnostic(match, context);
    if (!diagnostic) continue;
    const key = JSON.stringify(diagnostic);
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function toDiagnostic(match: RegExpExecArray, context: ParseContext): Diagnostic | undefined {
  const [, path = "", line = "", column, severity, code, message = ""] = match;
  const file = toRepoPath(path, context);
  if (file === undefined) return undefined;
  const diagnostic: Diagnostic = {
    file,
    line: Number(line),
    severity: severity === "warning" ? "warning" : "error",
    code,
    message,
    source: "csharp",
  };
  if (column !== undefined) diagnostic.column = Number(column);
  return diagnostic;
}
