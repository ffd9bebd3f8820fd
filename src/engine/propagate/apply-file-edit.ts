import type { CodeGraph } from "../graph/code-graph.js";
import type { Impact } from "../impact/impact.js";
import type { ImpactAnalysis } from "../impact/impact-analysis.js";
import type { ParsedFile } from "../model/block.js";
import type { WritableSourceTree } from "../ports.js";
import { encodeSource } from "../source/decode-source.js";

/**
 * Writes a new version of one file, folds it into the graph, and returns what the edit may
 * impact: D-rules before the graph update, D'-rules after it.
 */
export async function applyFileEdit(params: {
  tree: WritableSourceTree;
  graph: CodeGraph;
  impact: ImpactAnalysis;
  before: ParsedFile | undefined;
  after: ParsedFile;
}): Promise<Impact[]> {
  const { tree, graph, impact, before, after } = params;
  const edit = { graph, before, after };
  const impacts = await impact.beforeUpdate(edit);
  await tree.writeFile(after.file, encodeSource(after.text, before?.encoding ?? after.encoding));
  graph.updateFile(after);
  return [...impacts, ...(await impact.afterUpdate(edit))];
}
