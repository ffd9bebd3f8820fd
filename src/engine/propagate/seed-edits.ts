import { diffFile } from "../diff/diff-blocks.js";
import type { LoopState } from "./loop-state.js";
import { applyFileEdit } from "./apply-file-edit.js";
import { parseWithFacts, planImpacts } from "./record-edit.js";
import type { Seed } from "./seed.js";

/** The developer's own edits: written, folded into the graph, recorded as completed roots and planned from; never sent to the model. */
export async function seedEdits(state: LoopState, files: Extract<Seed, { kind: "edit" }>["files"]): Promise<void> {
  const { graph, tree, impact } = state.params;
  for (const file of files) {
    const before = graph.index.files.get(file.path);
    const after = file.text === undefined ? undefined : await parseWithFacts(graph, file.path, file.text);
    if (!after) continue;
    const changes = diffFile(before, after);
    const impacts = await applyFileEdit({ tree, graph, impact, before, after });
    const roots = new Map<string, number>();
    for (const change of changes) {
      const beforeBlock = before?.blocks.find((block) => block.symbol === change.symbol);
      const afterSymbol = change.status === "renamed" ? change.afterSymbol : change.symbol;
      const afterBlock = after.blocks.find((block) => block.symbol === afterSymbol);
      const id = beforeBlock?.id ?? afterBlock?.id ?? "";
      const root = state.plan.addCompletedRoot({ blockId: id, afterBlockId: afterBlock?.id ?? id, before: beforeBlock?.text ?? "", after: afterBlock?.text ?? "" }, state.params.instruction);
      roots.set(id, root.id);
    }
    for (const impactItem of impacts) {
      const from = roots.get(impactItem.fromBlockId) ?? roots.values().next().value;
      if (from !== undefined) planImpacts(state, from, [impactItem]);
    }
  }
}
