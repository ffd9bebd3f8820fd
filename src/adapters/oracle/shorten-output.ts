const HEAD_CHARS = 16_000;
const TAIL_CHARS = 48_000;

/** The output kept whole up to 64 000 characters; past that its start and end with a note of what was cut. */
export function shortenOutput(output: string): string {
  if (output.length <= HEAD_CHARS + TAIL_CHARS) return output;
  const cut = output.length - HEAD_CHARS - TAIL_CHARS;
  return `${output.slice(0, HEAD_CHARS)}\n… ${cut} characters left out …\n${output.slice(-TAIL_CHARS)}`;
}
