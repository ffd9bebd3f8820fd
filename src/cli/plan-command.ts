import type { Command } from "commander";
import { GitRevisionTree } from "../adapters/git-revision-tree.js";
import { MemorySourceTree, codeplanImpact, propagate, seedFromTrees, type EditModel, type Logger, type PropagateResult } from "../engine/index.js";
import { buildGraph } from "./build-graph.js";
import type { CliIO } from "./cli-io.js";
import { openDirectory } from "./open-directory.js";

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** A dry run makes no edit: every obligation is answered "no change", so the plan shows what the seed affects directly. */
const dryRun: EditModel = { edit: async () => ({ kind: "no-change" }) };

function toJson(result: PropagateResult) {
  return {
    obligations: result.plan.all().map((obligation) => ({
      block: obligation.blockId,
      status: obligation.isRoot ? "seed" : "planned",
      causes: obligation.causes.filter((cause) => cause.fromBlockId).map((cause) => ({ from: cause.fromBlockId, relation: cause.relation, text: cause.text })),
    })),
  };
}

function toText(result: PropagateResult): string {
  const lines: string[] = [];
  for (const obligation of result.plan.all()) {
    lines.push(`${obligation.isRoot ? "seed   " : "planned"} ${obligation.blockId}`);
    for (const cause of obligation.causes) if (cause.fromBlockId) lines.push(`          ${cause.text}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `codeplan plan <dir> [--since <rev>] [--json]`: the blocks the working tree's changes since <rev> affect; nothing is edited. */
export function registerPlanCommand(program: Command, io: CliIO, options: { parseThreads: number | undefined }): void {
  program
    .command("plan")
    .description("dry run: classify the changes since <rev> in a git checkout and list the blocks they affect (no edits, no model calls)")
    .argument("<dir>", "a git checkout")
    .option("--since <rev>", "the revision the developer's edit starts from", "HEAD")
    .option("--json", "machine-readable output: {obligations: [{block, status, causes: [{from, relation, text}]}]}")
    .action(async (dir: string, flags: { since: string; json?: boolean }) => {
      // 1. the two sides: the revision and the working tree   2. the seed   3. the graph of the revision
      // 4. plan with a dry-run model on an in-memory copy (the checkout is never written)   5. print
      const head = await openDirectory(dir);
      const base = await GitRevisionTree.open(head.root, flags.since);
      const seed = await seedFromTrees({ base, head, baseName: flags.since, headName: "the working tree" });
      const tree = await MemorySourceTree.copyOf(base);
      const result = await propagate({ tree, graph: await buildGraph(tree, { threads: options.parseThreads }), instruction: "", seeds: [seed], editModel: dryRun, impact: codeplanImpact(), logger: quiet });
      io.out(flags.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : toText(result));
    });
}
