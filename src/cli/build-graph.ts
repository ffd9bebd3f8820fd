import { ParseWorkers, defaultParseThreads } from "../adapters/parse/parse-workers.js";
import { CodeGraph, type SourceTree } from "../engine/index.js";

export interface BuildGraphOptions {
  maxFileBytes?: number;
  /** Threads that parse besides this one (default defaultParseThreads(); 0: none). */
  threads?: number;
}

/** CodeGraph.build with a pool of parse threads, stopped once the graph is built. */
export async function buildGraph(tree: SourceTree, options: BuildGraphOptions = {}): Promise<CodeGraph> {
  const threads = options.threads ?? defaultParseThreads();
  const pool = threads > 0 ? new ParseWorkers({ threads }) : undefined;
  try {
    return await CodeGraph.build(tree, { maxFileBytes: options.maxFileBytes, pool });
  } finally {
    await pool?.close();
  }
}
