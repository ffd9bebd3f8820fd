import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Command, Option } from "commander";
import { DiskSourceTree } from "../adapters/disk-source-tree.js";
import { CodeplanError, parseTask, runEvalTask, type EvalMode, type EvalResult, type Logger } from "../engine/index.js";
import type { CliIO } from "./cli-io.js";
import { openDirectory } from "./open-directory.js";
import { taskOracle } from "./task-oracle.js";

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Runs one task folder on a temporary copy that is always removed: the task folder is never written. */
export async function evalTaskDir(dir: string, mode: EvalMode, useOracle: boolean): Promise<EvalResult> {
  const taskFile = join(resolve(dir), "task.json");
  const text = await readFile(taskFile, "utf8").catch(() => {
    throw new CodeplanError({ code: "task-not-found", userMessage: `${dir} is not a task folder: ${taskFile} cannot be read` });
  });
  const task = parseTask(text, taskFile);
  const before = await openDirectory(join(dir, "before"));
  const after = await openDirectory(join(dir, "after"));
  const workRoot = await mkdtemp(join(tmpdir(), `codeplan-eval-${task.id}-`));
  try {
    const work = new DiskSourceTree(workRoot);
    const oracle = useOracle ? await taskOracle(task, workRoot, before) : undefined;
    return await runEvalTask({ task, before, after, work, mode, logger: quiet, ...(oracle ? { oracle } : {}) });
  } finally {
    await rm(workRoot, { recursive: true, force: true });
  }
}

function summarise(results: readonly EvalResult[]) {
  const sum = (pick: (result: EvalResult) => number) => results.reduce((total, result) => total + pick(result), 0);
  const matched = sum((result) => result.matched);
  const missed = sum((result) => result.missed);
  const spurious = sum((result) => result.spurious);
  return {
    tasks: results.length,
    matched,
    missed,
    spurious,
    recall: matched + missed === 0 ? 1 : matched / (matched + missed),
    precision: matched + spurious === 0 ? 1 : matched / (matched + spurious),
    visited: sum((result) => result.visited),
    mechanical: sum((result) => result.mechanical),
    exactFiles: sum((result) => result.exactFiles),
    files: sum((result) => result.files.length),
    oracleRounds: sum((result) => result.oracleRounds),
    seconds: sum((result) => result.seconds),
  };
}

export function formatTable(results: readonly EvalResult[]): string {
  const header = ["task", "mode", "matched", "missed", "spurious", "visited", "mechanical", "recall", "precision", "exact", "levenshtein", "diffBLEU", "rounds", "s"];
  const rows = results.map((r) => [r.id, r.mode, r.matched, r.missed, r.spurious, r.visited, r.mechanical, r.recall.toFixed(2), r.precision.toFixed(2), `${r.exactFiles}/${r.files.length}`, r.levenshtein, r.diffBleu.toFixed(2), r.oracleRounds, r.seconds.toFixed(1)].map(String));
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? "").length)));
  return [header, ...rows].map((row) => row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ").trimEnd()).join("\n") + "\n";
}

/** `codeplan eval <taskDir>… [--mode codeplan|repair] [--json] [--no-oracle]`. */
export function registerEvalCommand(program: Command, io: CliIO): void {
  program
    .command("eval")
    .description("run benchmark tasks (before/, after/, task.json) with a ground-truth editor and score the result")
    .argument("<taskDir...>", "task folders")
    .addOption(new Option("--mode <mode>", "codeplan (may-impact rules + oracle) or repair (oracle only)").choices(["codeplan", "repair"]).default("codeplan"))
    .option("--json", "machine-readable output: {results: [...], summary: {...}}")
    .option("--no-oracle", "do not run the type checker")
    .action(async (dirs: string[], flags: { mode: EvalMode; json?: boolean; oracle: boolean }) => {
      const results: EvalResult[] = [];
      for (const dir of dirs) results.push(await evalTaskDir(dir, flags.mode, flags.oracle));
      if (flags.json) io.out(`${JSON.stringify({ results, summary: summarise(results) }, null, 2)}\n`);
      else io.out(formatTable(results) + `total: ${JSON.stringify(summarise(results))}\n`);
    });
}
