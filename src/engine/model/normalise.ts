/** A block's lines as the benchmark compares them: blank lines dropped, trailing whitespace removed. */
export function normalisedLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trimEnd();
    if (trimmed.length > 0) lines.push(trimmed);
  }
  return lines;
}

/** Equality under the benchmark's rule (non-blank, right-stripped lines). */
export function sameBlockText(a: string, b: string): boolean {
  if (a === b) return true;
  const left = normalisedLines(a);
  const right = normalisedLines(b);
  return left.length === right.length && left.every((line, index) => line === right[index]);
}
