import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { openDirectory } from "../cli/open-directory.js";
import { CodeGraph, MemorySourceTree, estimateTokens, parseTask, relatedCode, renderPrompt, runEvalTask, sketchBlock, trimPair, type Block, type EditPrompt, type EditRequest, type Logger } from "../engine/index.js";

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Input tokens of one prompt, counted the same way for both prompts (about four characters a token). */
function tokensOf(prompt: EditPrompt): number {
  return estimateTokens(prompt.system) + estimateTokens(prompt.shared) + estimateTokens(prompt.specific);
}

const fileOf = (blockId: string) => blockId.split("::")[0] ?? "";

/**
 * The same request with whole files instead of fragments: every file the prompt shows code from
 * (the block's own, the earlier changes', the related blocks') in full, each once; the task,
 * the causes and the answer format are the same.
 */
async function wholeFileRequest(request: EditRequest, read: (file: string) => Promise<string>): Promise<EditRequest> {
  const files = [...request.temporal.map((step) => fileOf(step.blockId)), ...request.related.map((related) => fileOf(related.blockId))];
  const others = [...new Set(files)].filter((file) => file !== request.sketch.file);
  const related = await Promise.all(others.map(async (file) => ({ blockId: `${file}::<module>`, relation: "file", text: await read(file) })));
  return { ...request, temporal: [], related, sketch: { ...request.sketch, text: await read(request.sketch.file) } };
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
        // Awaited before adding: `counts.x += await …` would read counts.x before the await and lose the concurrent calls' additions.
        const wholeFiles = await wholeFileRequest(request, async (file) => new TextDecoder().decode(await work.readFile(file)));
        counts.obligations++;
        counts.ours += tokensOf(renderPrompt(request));
        counts.wholeFiles += tokensOf(renderPrompt(wholeFiles));
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
  printTable(rows);
}

/**
 * Obligations as a signature change of a function would give them on a real repository: for up to
 * 200 callees called from another file, one caller's request (sketch, related code, the callee's
 * change as temporal context, the cause) against the whole files it shows code from.
 */
async function measureRepository(dir: string): Promise<TaskTokens> {
  const disk = await openDirectory(dir);
  const graph = await CodeGraph.build(disk);
  const read = async (file: string) => graph.index.files.get(file)?.text ?? "";
  const counts: TaskTokens = { id: dir, obligations: 0, ours: 0, wholeFiles: 0 };
  const otherFileCaller = (callee: Block) => graph.graph.related(callee.id, "CalledBy").find(({ block }) => block.file !== callee.file && block.kind !== "module")?.block;
  const callees = [...graph.graph.allBlocks()].filter((block) => (block.kind === "function" || block.kind === "method") && otherFileCaller(block));
  const step = Math.max(1, Math.floor(callees.length / 200));
  for (let index = 0; index < callees.length && counts.obligations < 200; index += step) {
    const callee = callees[index] as Block;
    const caller = otherFileCaller(callee);
    const file = caller ? graph.index.files.get(caller.file) : undefined;
    if (!caller || !file) continue;
    const sketch = sketchBlock(file, caller.id);
    const request: EditRequest = {
      obligationId: counts.obligations,
      blockId: caller.id,
      instruction: "Add a `timeout` parameter to the changed function and pass it through from every caller.",
      temporal: [{ blockId: callee.id, ...trimPair(callee.text, withTimeoutParameter(callee.text)), relation: "CalledBy", cause: "the developer's edit" }],
      causes: [`\`${caller.id}\` calls \`${callee.id}\`, whose signature changed`],
      related: relatedCode(graph, caller.id, { exclude: new Set([...sketch.shownInFull, callee.id]), signatureShown: new Set(sketch.folded) }),
      sketch: { file: sketch.file, language: sketch.language, text: sketch.text, targetId: sketch.targetId },
    };
    const wholeFiles = await wholeFileRequest(request, read);
    counts.obligations++;
    counts.ours += tokensOf(renderPrompt(request));
    counts.wholeFiles += tokensOf(renderPrompt(wholeFiles));
  }
  return counts;
}

/** The callee with a `timeout` parameter added at the end of its first parameter list: the change measured. */
function withTimeoutParameter(text: string): string {
  const close = text.indexOf(")");
  return close < 0 ? text : `${text.slice(0, close)}, timeout${text.slice(close)}`;
}

function printTable(rows: readonly TaskTokens[]): void {
  const total = rows.reduce((sum, row) => ({ id: "total", obligations: sum.obligations + row.obligations, ours: sum.ours + row.ours, wholeFiles: sum.wholeFiles + row.wholeFiles }), { id: "total", obligations: 0, ours: 0, wholeFiles: 0 });
  const header = ["tasks / repository", "obligations", "ours/obligation", "whole files/obligation", "ratio"];
  const cells = [...rows, ...(rows.length > 1 ? [total] : [])].map((row) => [
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

const [first, second] = process.argv.slice(2);
if (first === "--repo" && second) {
  printTable([await measureRepository(second)]);
} else if (first && first !== "--repo") {
  await benchTokens(first);
} else {
  console.error("usage: npm run bench:tokens -- <tasksDir>   |   npm run bench:tokens -- --repo <dir>");
  process.exitCode = 2;
}
