import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { openDirectory } from "../cli/open-directory.js";
import { MemorySourceTree, estimateTokens, parseTask, renderPrompt, runEvalTask, type EditPrompt, type EditRequest, type Logger, type SourceTree } from "../engine/index.js";

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Input tokens of one prompt, counted the same way for both prompts (about four characters a token). */
function tokensOf(prompt: EditPrompt): number {
  return estimateTokens(prompt.system) + estimateTokens(prompt.shared) + estimateTokens(prompt.specific);
}

const fileOf = (blockId: string) => blockId.split("::")[0] ?? "";

/**
 * The same request as a whole-file prompt: the block's whole file instead of its sketch, and the
 * whole files of the related blocks instead of their signatures and bodies (each file once).
 */
async function wholeFileRequest(request: EditRequest, tree: SourceTree): Promise<EditRequest> {
  const text = async (file: string) => new TextDecoder().decode(await tree.readFile(file));
  const relatedFiles = [...new Set(request.related.map((related) => fileOf(related.blockId)))].filter((file) => file !== request.sketch.file);
  const related = await Promise.all(relatedFiles.map(async (file) => ({ blockId: `${file}::<module>`, relation: "file", text: await text(file) })));
  return { ...request, related, sketch: { ...request.sketch, text: await text(request.sketch.file) } };
}

interface TaskTokens {
  id: string;
  obligations: number;
  ours: number;
  wholeFiles: number;
}

/** Runs one task with the ground-truth editor, measuring every request it is sent both ways. */
async function measureTask(dir: string): Promise<TaskTokens> {
  const taskFile = join(dir, "task.json");
  const task = parseTask(await readFile(taskFile, "utf8"), taskFile);
  const work = new MemorySourceTree({});
  const counts: TaskTokens = { id: task.id, obligations: 0, ours: 0, wholeFiles: 0 };
  await runEvalTask({
    task,
    before: await openDirectory(join(dir, "before")),
    after: await openDirectory(join(dir, "after")),
    work,
    mode: "codeplan",
    logger: quiet,
    wrapModel: (model) => ({
      edit: async (request, signal) => {
        counts.obligations++;
        counts.ours += tokensOf(renderPrompt(request));
        counts.wholeFiles += tokensOf(renderPrompt(await wholeFileRequest(request, work)));
        return model.edit(request, signal);
      },
    }),
  });
  return counts;
}

/** `npm run bench:tokens -- <tasksDir>`: input tokens per obligation, codeplan's prompts against whole files. */
async function benchTokens(tasksDir: string): Promise<void> {
  const entries = await readdir(tasksDir, { withFileTypes: true });
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => join(tasksDir, entry.name)).sort();
  const rows: TaskTokens[] = [];
  for (const dir of dirs) rows.push(await measureTask(dir));
  const total = rows.reduce((sum, row) => ({ id: "total", obligations: sum.obligations + row.obligations, ours: sum.ours + row.ours, wholeFiles: sum.wholeFiles + row.wholeFiles }), { id: "total", obligations: 0, ours: 0, wholeFiles: 0 });
  const header = ["task", "obligations", "ours/obligation", "whole files/obligation", "ratio"];
  const cells = [...rows, total].map((row) => [
    row.id,
    String(row.obligations),
    (row.ours / Math.max(1, row.obligations)).toFixed(0),
    (row.wholeFiles / Math.max(1, row.obligations)).toFixed(0),
    row.wholeFiles === 0 ? "-" : (row.ours / row.wholeFiles).toFixed(3),
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...cells.map((row) => (row[index] ?? "").length)));
  for (const row of [header, ...cells]) console.log(row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  "));
  console.log(`input tokens, ours ÷ whole files: ${(total.ours / Math.max(1, total.wholeFiles)).toFixed(3)} (target ≤ 0.100)`);
}

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run bench:tokens -- <tasksDir>");
  process.exitCode = 2;
} else {
  await benchTokens(dir);
}
