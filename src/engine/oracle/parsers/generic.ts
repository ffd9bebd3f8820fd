import type { Diagnostic } from "../../ports.js";
import { outputLines } from "../output-lines.js";
import type { ParseContext } from "../parse-context.js";
import { toRepoPath } from "../repo-path.js";

// `path:line[:col]: message`, the form of gcc, flake8, ruff, eslint's unix formatter, grep -n…;
// the optional drive letter keeps `C:\repo\a.py:3: …` whole.
const LOCATION = /^((?:[A-Za-z]:)?[^\s:][^:]*?):(\d+)(?::(\d+))?:\s*(.*)$/;
// `error: …`, `warning: …` or `fatal error: …` at the start of the message sets the severity.
const SEVERITY = /^(fatal error|error|warning|note|info)\s*:\s*/i;
// A leading rule code such as flake8's `F401` or ruff's `E501`.
const CODE = /^([A-Z]+[0-9]+)\s+/;

/**
 * Diagnostics from any tool that prints `file:line[:col]: message` lines. A message starting with
 * `warning:` is a warning and one starting with `note:`/`info:` is left out, as are lines with no
 * message; everything else is an error. A leading rule code (`F401 …`) becomes the code. Indented lines and other text are ignored.
 */
export function parseGeneric(output: string, context: ParseContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of outputLines(output)) {
    const match = LOCATION.exec(line);
    if (!match) continue;
    const diagnostic = toDiagnostic(match, context);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function toDiagnostic(match: RegExpExecArray, context: ParseContext): Diagnostic | undefined {
  const [, path = "", line = "", column, rest = ""] = match;
  // gcc's `In file included from src/main.c:1:` names a place but reports nothing.
  if (rest.trim() === "") return undefined;
  const file = toRepoPath(path, context);
  if (file === undefined) return undefined;
  const severityWord = SEVERITY.exec(rest)?.[1]?.toLowerCase();
  if (severityWord === "note" || severityWord === "info") return undefined;
  const afterSeverity = rest.replace(SEVERITY, "");
  const code = CODE.exec(afterSeverity)?.[1];
  const diagnostic: Diagnostic = {
    file,
    line: Number(line),
    severity: severityWord === "warning" ? "warning" : "error",
    message: code === undefined ? afterSeverity : afterSeverity.replace(CODE, ""),
    source: "generic",
  };
  if (column !== undefined) diagnostic.column = Number(column);
  if (code !== undefined) diagnostic.code = code;
  return diagnostic;
}
