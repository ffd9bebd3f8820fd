/** The last `maxLines` non-blank lines of a tool's output (at most `maxChars`), for error messages. */
export function outputExcerpt(output: string, maxLines = 15, maxChars = 1500): string {
  const lines = output.split(/\r?\n/).filter((line) => line.trim() !== "");
  const tail = lines.slice(-maxLines).join("\n");
  return tail.length > maxChars ? `…${tail.slice(tail.length - maxChars)}` : tail;
}
