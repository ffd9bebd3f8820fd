// Colour codes and carriage returns, which tools print when they think they write to a terminal.
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** A tool's output as lines, without ANSI colour codes or carriage returns. */
export function outputLines(output: string): string[] {
  return output.replace(ANSI_ESCAPE, "").split(/\r?\n/);
}
