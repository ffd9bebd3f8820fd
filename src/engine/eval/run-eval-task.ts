import { CodeGraph } from "../graph/code-graph.js";
import { codeplanImpact } from "../impact/codeplan-impact.js";
import { NO_IMPACT } from "../impact/impact-analysis.js";
import type { ParsedFile } from "../model/block.js";
import { parseRepository } from "../model/parse-repository.js";
import { checkTree } from "../oracle/check-tree.js";
import type { EditModel, Logger, Oracle, SourceTree, WritableSourceTree } from "../ports.js";
import { propagate } from "../propagate/propagate.js";
import { applySeeds } from "./apply-seeds.js";
import { GroundTruthEditor } from "./ground-truth-editor.js";
import { oracleRound } from "../oracle/oracle-round.js";
import { scoreTask, type ScoredTree, type TaskScore } from "./score.js";
import type { EvalTask } from "./task.js";

export type EvalMode = "codeplan" | "repair";

export interface EvalResult extends TaskScore {
  id: string;
  mode: EvalMode;
  /** Obligations visited, by the model or mechanically. */
  visited: number;
  /** Of those, the ones done without the model (mechanical renames). */
  mechanical: number;
  oracleRounds: number;
  seconds: number;
}

async function readTexts(tree: SourceTree): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const path of await tree.listFiles()) texts.set(path, new TextDecoder().decode(await tree.readFile(path)));
  return texts;
}

async function readTree(tree: SourceTree): Promise<ScoredTree & { byFile: Map<string, ParsedFile> }> {
  const parsed = (await parseRepository(tree)).files;
  return { parsed, texts: await readTexts(tree), byFile: new Map(parsed.map((file) => [file.file, file])) };
}

/**
 * Runs one benchmark task on `work` (an empty writable tree, the copy): copies before/, applies
 * the seed blocks from after/, propagates with a ground-truth editor (codeplan mode: may-impact
 * rules and oracle; repair mode: the oracle's new diagnostics only), and scores the result.
 */
export async function runEvalTask(params: {
  task: EvalTask;
  before: SourceTree;
  after: SourceTree;
  work: WritableSourceTree;
  mode: EvalMode;
  oracle?: Oracle;
  logger: Logger;
  /** Wraps the ground-truth editor, e.g. to look at every request (bench:tokens). */
  wrapModel?: (model: EditModel) => EditModel;
}): Promise<EvalResult> {
  const started = performance.now();
  // 1. copy before/ into the work tree and read after/
  for (const path of await params.before.listFiles()) await params.work.writeFile(path, await params.before.readFile(path));
  const after = await readTree(params.after);
  // 2. graph of before/ (its parsed files are before/ as scored) and the oracle baseline
  const graph = await CodeGraph.build(params.work);
  const beforeParsed = [...graph.index.files.values()];
  const before = { parsed: beforeParsed, texts: await readTexts(params.before), byFile: new Map(beforeParsed.map((file) => [file.file, file])) };
  const baseline = params.oracle ? await checkTree({ oracle: params.oracle, tree: params.work }) : [];
  // 3. the seed edits, then propagation with a perfect editor
  const seeds = applySeeds({ seed: params.task.seed, before: before.byFile, after: after.byFile });
  const result = await propagate({
    tree: params.work,
    graph,
    instruction: params.task.instruction,
    seeds: [{ kind: "edit", files: [...seeds].map(([path, text]) => ({ path, text })) }],
    editModel: (params.wrapModel ?? ((model) => model))(new GroundTruthEditor((file) => graph.index.files.get(file), after.byFile)),
    impact: params.mode === "codeplan" ? codeplanImpact() : NO_IMPACT,
    ...(params.oracle ? { oracle: oracleRound({ oracle: params.oracle, tree: params.work, baseline }) } : {}),
    logger: params.logger,
  });
  // 4. score the work tree against after/
  const out = await readTree(params.work);
  return {
    id: params.task.id,
    mode: params.mode,
    ...scoreTask({ task: params.task, before, out, after }),
    visited: result.visited,
    mechanical: result.spending.mechanicalEdits,
    oracleRounds: result.oracleRounds,
    seconds: (performance.now() - started) / 1000,
  };
}
