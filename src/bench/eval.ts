import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { evalTaskDir } from "../cli/eval-command.js";
import type { EvalResult } from "../engine/index.js";

/** `npm run bench:eval -- <tasksDir>`: every task in codeplan mode and in repair mode, side by side. */
async function benchEval(tasksDir: string): Promise<void> {
  const entries = await readdir(tasksDir, { withFileTypes: true });
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => join(tasksDir, entry.name)).sort();
  const rows: [EvalResult, EvalResult][] = [];
  for (const dir of dirs) rows.push([await evalTaskDir(dir, "codeplan", true), await evalTaskDir(dir, "repair", true)]);
  const header = ["task", "derived", "codeplan m/miss/sp/visited/mech", "exact", "repair m/miss/sp/visited", "exact"];
  const cells = rows.map(([plan, repair]) => [
    plan.id,
    String(plan.matched + plan.missed),
    `${plan.matched}/${plan.missed}/${plan.spurious}/${plan.visited}/${plan.mechanical}`,
    `${plan.exactFiles}/${plan.files.length}`,
    `${repair.matched}/${repair.missed}/${repair.spurious}/${repair.visited}`,
    `${repair.exactFiles}/${repair.files.length}`,
  ]);
  const total = (pick: (result: EvalResult) => number, side: 0 | 1) => rows.reduce((sum, row) => sum + pick(row[side]), 0);
  const derived = total((result) => result.matched + result.missed, 0);
  cells.push([
    "total",
    String(derived),
    `${total((r) => r.matched, 0)}/${total((r) => r.missed, 0)}/${total((r) => r.spurious, 0)}/${total((r) => r.visited, 0)}/${total((r) => r.mechanical, 0)}`,
    `${total((r) => r.exactFiles, 0)}/${total((r) => r.files.length, 0)}`,
    `${total((r) => r.matched, 1)}/${total((r) => r.missed, 1)}/${total((r) => r.spurious, 1)}/${total((r) => r.visited, 1)}`,
    `${total((r) => r.exactFiles, 1)}/${total((r) => r.files.length, 1)}`,
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...cells.map((row) => (row[index] ?? "").length)));
  for (const row of [header, ...cells]) console.log(row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  "));
  console.log(`recall: codeplan ${(total((r) => r.matched, 0) / derived).toFixed(3)}, repair ${(total((r) => r.matched, 1) / derived).toFixed(3)}; visited/derived: codeplan ${(total((r) => r.visited, 0) / derived).toFixed(2)}, sent to the model/derived ${(total((r) => r.visited - r.mechanical, 0) / derived).toFixed(2)} (mech: obligations done without the model)`);
}

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run bench:eval -- <tasksDir>");
  process.exitCode = 2;
} else {
  await benchEval(dir);
}
