import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTask, type EvalTask } from "../../src/engine/eval/task.js";

/** The benchmark's task folders (../shared/bench/README.md): `../shared` lies beside the repository, in CI too. */
export const BENCH_TASKS = fileURLToPath(new URL("../../../shared/bench/tasks", import.meta.url));

/** One benchmark task: its task.json and the files of both sides, keyed by path relative to that side. */
export interface BenchTask {
  task: EvalTask;
  before: Record<string, Uint8Array>;
  after: Record<string, Uint8Array>;
}

/** The id of every task folder under `root`, sorted; throws naming `root` when it is missing or holds none. */
export function benchTaskIds(root = BENCH_TASKS): string[] {
  // A missing folder must fail the suite, not shrink it to nothing.
  if (!existsSync(root)) throw new Error(`No benchmark tasks at ${root}: the tests expect ../shared/bench/tasks beside the repository`);
  const ids = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (ids.length === 0) throw new Error(`No task folders in ${root}`);
  return ids;
}

/** Reads task `id` under `root`: task.json parsed (throws naming the file when invalid), before/ and after/ whole. */
export function readBenchTask(id: string, root = BENCH_TASKS): BenchTask {
  const folder = join(root, id);
  const source = join(folder, "task.json");
  return {
    task: parseTask(readFileSync(source, "utf8"), source),
    before: readFiles(join(folder, "before")),
    after: readFiles(join(folder, "after")),
  };
}

/** Every file under `dir`, keyed by its path relative to `dir` with forward slashes. */
function readFiles(dir: string, prefix = ""): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, readFiles(path, `${prefix}${entry.name}/`));
    else files[`${prefix}${entry.name}`] = readFileSync(path);
  }
  return files;
}
