import { acceptFile, type AcceptedFile } from "../model/accept-file.js";
import type { ParsedFile } from "../model/block.js";
import { isSkipped, type ParseOptions } from "../model/parse-file.js";
import { parseAcceptedKeepingTree } from "../model/parse-file-keeping-tree.js";
import { readTree } from "../model/read-tree.js";
import { FlatTree, type FlatCopy } from "../parse/flat-tree.js";
import { languageOf, type ParsedText } from "../parse/parser-pool.js";
import type { ParsePool } from "../ports.js";

/** A source file to parse: its path and contents. */
export interface Source {
  path: string;
  bytes: Uint8Array;
}

export interface ParseSourcesOptions extends ParseOptions {
  pool?: ParsePool;
  /** Takes over the tree of a file parsed on this thread (to keep, or delete). */
  takeTree(path: string, kept: ParsedText): void;
}

/** What a pool thread sent back for the file at `index`: its tree, or nothing when the thread failed. */
interface Arrival {
  index: number;
  copy?: FlatCopy;
}

/**
 * Parses and reads every source (blocks and facts). With a pool, its threads parse the smallest
 * files while this thread reads what they send back and, whenever nothing has arrived, parses the
 * largest file left itself: the files whose trees are worth keeping for incremental reparsing
 * (only this thread's parser can reparse them). A file a pool thread failed on is parsed here.
 */
export async function parseSources(sources: readonly Source[], options: ParseSourcesOptions): Promise<ParsedFile[]> {
  const { pool, takeTree, ...parseOptions } = options;
  const accepted = sources.map(({ path, bytes }) => acceptFile(path, bytes, parseOptions.maxFileBytes));
  const parsed: (ParsedFile | undefined)[] = [];
  // 1. With a pool, largest first: this thread takes from the front, the pool from the back.
  const order = [...accepted.keys()].filter((index) => !isSkipped(accepted[index] as AcceptedFile));
  if (pool) order.sort((a, b) => (accepted[b] as AcceptedFile).text.length - (accepted[a] as AcceptedFile).text.length);
  const queue = new ParseQueue(order, pool, (index) => accepted[index] as AcceptedFile);
  // 2. Read whatever a pool thread sent, else parse the largest file left, until every file is read.
  for (let left = order.length; left > 0; left--) {
    const { index, copy } = queue.arrived() ?? (queue.hasMore() ? { index: queue.takeLargest() } : await queue.nextArrival());
    const file = accepted[index] as AcceptedFile;
    const path = (sources[index] as Source).path;
    if (copy) {
      parsed[index] = readTree({ ...file, file: path, tree: new FlatTree(copy, await languageOf(file.support)), facts: true });
    } else {
      const result = await parseAcceptedKeepingTree(path, file, { ...parseOptions, facts: true });
      parsed[index] = result.parsed;
      takeTree(path, { tree: result.tree, text: file.text });
    }
    await queue.letArrivalsIn();
  }
  // 3. In the sources' order.
  return parsed.filter((file): file is ParsedFile => file !== undefined);
}

/**
 * Handed to each pool thread at once: at least this many files, and more while they come to no
 * more than CHARS_PER_THREAD characters, enough for the thread to parse while this one reads the
 * largest files (it lets arrivals in only between files).
 */
const FILES_PER_THREAD = 2;
const CHARS_PER_THREAD = 131_072;

/**
 * The files not yet parsed, largest first, and what the pool sent back. Keeps enough handed over
 * (see CHARS_PER_THREAD), from the smallest end.
 */
class ParseQueue {
  private front = 0;
  private back: number;
  private handedOver = 0;
  private handedChars = 0;
  private readonly arrivals: Arrival[] = [];
  private wake: (() => void) | undefined;

  constructor(
    private readonly order: readonly number[],
    private readonly pool: ParsePool | undefined,
    private readonly fileAt: (index: number) => AcceptedFile,
  ) {
    this.back = order.length - 1;
    this.handOver();
  }

  /** The next thing a pool thread sent back, if any has arrived. */
  arrived(): Arrival | undefined {
    return this.arrivals.shift();
  }

  hasMore(): boolean {
    return this.front <= this.back;
  }

  /** The largest file not yet parsed or handed over (there is one: see hasMore). */
  takeLargest(): number {
    return this.order[this.front++] as number;
  }

  /** Waits for the next file a pool thread is parsing (every file left is handed over). */
  async nextArrival(): Promise<Arrival> {
    for (;;) {
      const arrival = this.arrived();
      if (arrival) return arrival;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Lets what the pool threads sent in meanwhile arrive (their messages are tasks of this thread's event loop). */
  async letArrivalsIn(): Promise<void> {
    if (this.handedOver > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  private handOver(): void {
    const pool = this.pool;
    if (!pool) return;
    while (this.front <= this.back) {
      const index = this.order[this.back] as number;
      const file = this.fileAt(index);
      const chars = file.text.length;
      const fits = this.handedOver < FILES_PER_THREAD * pool.threads || this.handedChars + chars <= CHARS_PER_THREAD * pool.threads;
      if (!fits) return;
      this.back--;
      this.handedOver++;
      this.handedChars += chars;
      pool.parse(file.support.id, file.text).then(
        (copy) => this.arrive({ index, copy }, chars),
        () => this.arrive({ index }, chars),
      );
    }
  }

  private arrive(arrival: Arrival, chars: number): void {
    this.arrivals.push(arrival);
    this.handedOver--;
    this.handedChars -= chars;
    this.handOver();
    this.wake?.();
    this.wake = undefined;
  }
}
