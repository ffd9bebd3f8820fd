import { spaceIndentUnit, type FileStyle } from "./file-style.js";

/** Leading spaces as tabs, `unit` spaces a tab; spaces short of a whole tab stay (alignment, ` * ` comment lines). */
function spacesToTabs(leading: string, unit: number): string {
  const tabs = leading.replace(/ /g, "").length;
  const spaces = leading.length - tabs;
  return "\t".repeat(tabs + Math.floor(spaces / unit)) + " ".repeat(spaces % unit);
}

function reindent(lines: readonly string[], indent: FileStyle["indent"]): string[] {
  if (!indent) return [...lines];
  const answerUnit = spaceIndentUnit(lines);
  return lines.map((line) => {
    const leading = /^[ \t]*/.exec(line)?.[0] ?? "";
    const rest = line.slice(leading.length);
    if (indent.kind === "tabs") return leading.includes(" ") ? spacesToTabs(leading, answerUnit) + rest : line;
    return leading.includes("\t") ? leading.replace(/\t/g, " ".repeat(indent.unit)) + rest : line;
  });
}

/**
 * The answer written in the file's style: the file's line break on every line, a final line break
 * exactly when the file has one, and leading whitespace converted to the file's tabs or spaces
 * (rule in ./README.md). Lines already in the file's style are left as they are.
 */
export function matchFileStyle(answer: string, style: FileStyle): string {
  const text = reindent(answer.split(/\r?\n/), style.indent).join(style.eol);
  if (!style.endsWithEol) return text.replace(/(\r?\n)+$/, "");
  return text.endsWith(style.eol) ? text : text + style.eol;
}
