import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FlatCopy, LanguageId, ParsePool } from "../../engine/index.js";
import type { ParseReply, ParseRequest } from "./parse-messages.js";

/** Parse threads by default: one per core but the one building the graph, at most 4. */
export function defaultParseThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

export interface ParseWorkersOptions {
  /** How many threads (default defaultParseThreads()). */
  threads?: number;
  /** The threads' script (default: parse-worker.js beside this module) and the Node options they run with. */
  script?: URL;
  execArgv?: string[];
}

interface Waiting {
  resolve(copy: FlatCopy): void;
  reject(error: Error): void;
}

/** One thread and the parses it owes. */
interface ParseThread {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

/**
 * A ParsePool of worker threads (parse-worker.ts), started when first asked to parse and kept for
 * the next build; an idle thread does not keep the process alive. A thread that fails is not
 * replaced: what it owed is rejected (the graph's thread parses those files itself), and once every
 * thread has failed each parse is rejected at once.
 */
export class ParseWorkers implements ParsePool {
  readonly threads: number;
  private running: ParseThread[] = [];
  private started = false;
  private nextId = 0;
  private lastFailure: Error | undefined;

  constructor(private readonly options: ParseWorkersOptions = {}) {
    this.threads = options.threads ?? defaultParseThreads();
  }

  parse(language: LanguageId, text: string): Promise<FlatCopy> {
    const thread = this.leastBusy();
    if (!thread) return Promise.reject(this.lastFailure ?? new Error("the parse pool has no threads"));
    const id = this.nextId++;
    return new Promise<FlatCopy>((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.ref();
      thread.worker.postMessage({ id, language, text } satisfies ParseRequest);
    });
  }

  /** Stops every thread; what they owed is rejected. The pool parses no more. */
  async close(): Promise<void> {
    const threads = this.running;
    this.running = [];
    this.started = true;
    this.lastFailure = new Error("the parse pool is closed");
    for (const thread of threads) this.fail(thread, this.lastFailure);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private leastBusy(): ParseThread | undefined {
    if (!this.started) this.start();
    let best: ParseThread | undefined;
    for (const thread of this.running) if (!best || thread.waiting.size < best.waiting.size) best = thread;
    return best;
  }

  private start(): void {
    this.started = true;
    const script = this.options.script ?? new URL("./parse-worker.js", import.meta.url);
    for (let count = 0; count < this.threads; count++) {
      const worker = new Worker(script, { execArgv: this.options.execArgv });
      const thread: ParseThread = { worker, waiting: new Map() };
      worker.unref();
      worker.on("message", (reply: ParseReply) => this.settle(thread, reply));
      worker.on("error", (error) => this.drop(thread, error));
      worker.on("exit", (code) => this.drop(thread, new Error(`a parse thread stopped (exit code ${code})`)));
      this.running.push(thread);
    }
  }

  private settle(thread: ParseThread, reply: ParseReply): void {
    const waiting = thread.waiting.get(reply.id);
    thread.waiting.delete(reply.id);
    if (thread.waiting.size === 0) thread.worker.unref();
    if ("copy" in reply) waiting?.resolve(reply.copy);
    else waiting?.reject(new Error(reply.error));
  }

  /** A thread that failed or stopped: no more work for it. */
  private drop(thread: ParseThread, error: Error): void {
    if (!this.running.includes(thread)) return;
    this.running = this.running.filter((other) => other !== thread);
    this.lastFailure = error;
    this.fail(thread, error);
    void thread.worker.terminate();
  }

  private fail(thread: ParseThread, error: Error): void {
    for (const waiting of thread.waiting.values()) waiting.reject(error);
    thread.waiting.clear();
  }
}
