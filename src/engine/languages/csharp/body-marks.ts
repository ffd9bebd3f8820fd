/**
 * The offsets of every `{` and `=>` in a file. A local function has a body that starts with one of
 * them, so a syntax subtree whose range holds none cannot contain one and need not be walked —
 * which skips most expression nodes, the bulk of a method body.
 */
export class BodyMarks {
  private readonly offsets: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 0x7b || (char === 0x3d && text.charCodeAt(i + 1) === 0x3e)) this.offsets.push(i);
    }
  }

  /** Index of the first mark at or after `offset` (the mark count when there is none). */
  firstFrom(offset: number): number {
    let low = 0;
    let high = this.offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.offsets[mid] ?? Infinity) < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The offset of mark `index`, Infinity past the last one. */
  offsetAt(index: number): number {
    return this.offsets[index] ?? Infinity;
  }
}
