/** How a file writes line breaks and indentation, so that text merged into it can be written the same way. */
export interface FileStyle {
  eol: "\n" | "\r\n";
  endsWithEol: boolean;
  /** Undefined when no line is indented. */
  indent: { kind: "tabs" } | { kind: "spaces"; unit: number } | undefined;
}

const DEFAULT_INDENT_UNIT = 4;

/**
 * The smallest step by which indentation grows from one space-indented line to the next (at least
 * two columns, so that ` * ` comment continuations do not count); 4 when no line steps in.
 */
export function spaceIndentUnit(lines: readonly string[]): number {
  let unit: number | undefined;
  let previous: number | undefined;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const leading = /^[ \t]*/.exec(line)?.[0] ?? "";
    if (leading.includes("\t")) {
      previous = undefined;
      continue;
    }
    const step = previous === undefined ? 0 : leading.length - previous;
    if (step >= 2 && (unit === undefined || step < unit)) unit = step;
    previous = leading.length;
  }
  return unit ?? DEFAULT_INDENT_UNIT;
}

function indentOf(lines: readonly string[]): FileStyle["indent"] {
  let tabs = 0;
  let spaces = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (line.startsWith("\t")) tabs++;
    else if (line.startsWith(" ")) spaces++;
  }
  if (tabs + spaces === 0) return undefined;
  return tabs > spaces ? { kind: "tabs" } : { kind: "spaces", unit: spaceIndentUnit(lines) };
}

/** The line break most of the file's lines end with, whether it ends with one, and whether most indented lines start with a tab or a space. */
export function fileStyleOf(text: string): FileStyle {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return { eol: crlf > lf ? "\r\n" : "\n", endsWithEol: text.endsWith("\n"), indent: indentOf(text.split(/\r?\n/)) };
}
