import type { Diagnostic } from "../../ports.js";
import type { ParseContext } from "../parse-context.js";
import { toRepoPath } from "../repo-path.js";
import { unparsableOutput } from "../unparsable-output.js";

interface PyrightDiagnostic {
  file?: unknown;
  severity?: unknown;
  message?: unknown;
  rule?: unknown;
  range?: { start?: { line?: unknown; character?: unknown } };
}

/**
 * Diagnostics from `pyright --outputjson` (stdout only). Lines and columns become 1-based, paths
 * repository-relative; `information` entries and files outside the repository are left out.
 * Throws `oracle-output-unparsable` when the output is not pyright's JSON report.
 */
export function parsePyright(output: string, context: ParseContext): Diagnostic[] {
  const entries = readReport(output);
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const diagnostic = toDiagnostic(entry, context);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function readReport(output: string): PyrightDiagnostic[] {
  // pyright prints only the JSON document on stdout, but a wrapper script may print a line first.
  const start = output.search(/^\{/m);
  if (start === -1) throw unparsableOutput({ format: "pyright --outputjson", reason: "it holds no JSON object" });
  let report: unknown;
  try {
    report = JSON.parse(output.slice(start));
  } catch (error) {
    throw unparsableOutput({ format: "pyright --outputjson", reason: `its JSON does not parse (${String(error)})`, cause: error });
  }
  const entries = (report as { generalDiagnostics?: unknown } | null)?.generalDiagnostics;
  if (!Array.isArray(entries)) {
    throw unparsableOutput({ format: "pyright --outputjson", reason: "it has no generalDiagnostics list" });
  }
  return entries as PyrightDiagnostic[];
}

function toDiagnostic(entry: PyrightDiagnostic, context: ParseContext): Diagnostic | undefined {
  if (entry.severity !== "error" && entry.severity !== "warning") return undefined;
  if (typeof entry.file !== "string" || typeof entry.message !== "string") return undefined;
  const file = toRepoPath(entry.file, context);
  if (file === undefined) return undefined;
  const start = entry.range?.start;
  const line = typeof start?.line === "number" ? start.line + 1 : 1;
  const diagnostic: Diagnostic = { file, line, severity: entry.severity, message: entry.message, source: "pyright" };
  if (typeof start?.character === "number") diagnostic.column = start.character + 1;
  if (typeof entry.rule === "string" && entry.rule !== "") diagnostic.code = entry.rule;
  return diagnostic;
}
