/**
 * A memo keyed by two strings (`file`, `name`), kept as a map of maps: resolution looks names up
 * hundreds of thousands of times, and joining the two keys into one string per lookup costs more
 * than the lookup itself.
 */
export class MemoTable<V> {
  private readonly outer = new Map<string, Map<string, V>>();

  get(first: string, second: string): V | undefined {
    return this.outer.get(first)?.get(second);
  }

  has(first: string, second: string): boolean {
    return this.outer.get(first)?.has(second) ?? false;
  }

  set(first: string, second: string, value: V): void {
    let inner = this.outer.get(first);
    if (!inner) {
      inner = new Map();
      this.outer.set(first, inner);
    }
    inner.set(second, value);
  }

  clear(): void {
    this.outer.clear();
  }
}
