/** Maps string offsets to 1-based line numbers for one text. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  /** The 1-based line holding the character at `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** The 1-based line of the last character before `end` (for half-open ranges). */
  lastLineOf(start: number, end: number): number {
    return this.lineOf(Math.max(start, end - 1));
  }
}
