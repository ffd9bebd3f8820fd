import { sandboxPolicy, type SandboxPolicy } from "../adapters/oracle/sandbox-policy.js";
import type { Command } from "commander";
import type { DiskSourceTree } from "../adapters/disk-source-tree.js";
import { withRevisionCheckout } from "../adapters/git/revision-checkout.js";
import { commitFiles } from "../adapters/git/commit-files.js";
import { GitRevisionTree } from "../adapters/git-revision-tree.js";
import type { CodeplanEnv } from "../config/env.js";
import { parseRepoConfig, REPO_CONFIG_PATH, type RepoConfig } from "../config/repo-config.js";
import {
  CodeGraph,
  CodeplanError,
  MemorySourceTree,
  checkTree,
  codeplanImpact,
  oracleRound,
  propagate,
  seedFromTrees,
  type EditModel,
  type Logger,
  type OracleRound,
  type PropagateResult,
  type Seed,
  type SourceTree,
  type WritableSourceTree,
} from "../engine/index.js";
import { buildGraph } from "./build-graph.js";
import type { CliIO } from "./cli-io.js";
import { CliExit } from "./cli-exit.js";
import { cliLogger } from "./cli-logger.js";
import { openDirectory } from "./open-directory.js";
import { claudeEditModel } from "./propagate/edit-model.js";
import { isDevelopersEdit, progressLine, summarise, summaryText, toJson } from "./propagate/report.js";
import { targetSeed } from "./propagate/targets.js";
import { repoOracle } from "./repo-oracle.js";

interface PropagateFlags {
  since?: string;
  instruction?: string;
  target: string[];
  dryRun?: boolean;
  commit?: boolean;
  json?: boolean;
  cache: boolean;
}

/** Without an instruction, the model is told to carry the earlier changes through. */
const DEFAULT_INSTRUCTION = "Update this code so that it stays consistent with the earlier code changes shown, as the developer who made them would.";

/** Answers "no change" without a call: the plan shows what the seeds affect directly. */
const planningOnly: EditModel = { edit: async () => ({ kind: "no-change" }) };

const NO_KEY_MESSAGE =
  "ANTHROPIC_API_KEY is not set, so no block was edited: the plan above is what codeplan would do. Set it to an Anthropic API key (https://console.anthropic.com/settings/keys), e.g. `export ANTHROPIC_API_KEY=sk-ant-…`, or pass --dry-run to only plan.";

async function readConfig(checkout: DiskSourceTree): Promise<RepoConfig> {
  const bytes = await checkout.readFile(REPO_CONFIG_PATH).catch(() => undefined);
  return parseRepoConfig(bytes ? new TextDecoder().decode(bytes) : undefined);
}

/** How the repository's oracle is confined (CODEPLAN_SANDBOX); a warning when it cannot be. */
function oracleSandbox(env: CodeplanEnv, logger: Logger): SandboxPolicy {
  const { policy, warning } = sandboxPolicy(env.sandbox, env.oracleMemoryMb);
  if (warning) logger.warn({ setting: env.sandbox }, warning);
  return policy;
}

function checkFlags(flags: PropagateFlags): void {
  const problems: string[] = [];
  if (flags.target.length > 0 && !flags.instruction) problems.push('--target needs --instruction "…": what should be done to the target blocks?');
  if (flags.commit && flags.dryRun) problems.push("--commit and --dry-run do not go together: a dry run changes nothing to commit.");
  if (problems.length > 0) throw new CodeplanError({ code: "invalid-arguments", userMessage: problems.join("\n") });
}

/** The oracle round of a run, with its baseline taken where the run starts (the revision, or the working tree). */
async function prepareOracle(params: { config: RepoConfig; checkout: DiskSourceTree; base: SourceTree; baseCommit: string | undefined; sandbox: SandboxPolicy }): Promise<OracleRound | undefined> {
  const { config, checkout, base, baseCommit, sandbox } = params;
  const files = await checkout.listFiles();
  const oracle = repoOracle(config.oracle, checkout.root, files, sandbox);
  if (!oracle) return undefined;
  const baseline = baseCommit
    ? await withRevisionCheckout(checkout.root, baseCommit, async (dir) => {
        const atBase = repoOracle(config.oracle, dir, files, sandbox);
        return atBase ? checkTree({ oracle: atBase, tree: base }) : [];
      })
    : await checkTree({ oracle, tree: checkout });
  return oracleRound({ oracle, tree: checkout, baseline });
}

/** Files the model changed (the developer's own seed files are theirs to commit). */
function changedFiles(result: PropagateResult, graph: CodeGraph): string[] {
  const files = result.plan
    .all()
    .filter((obligation) => obligation.status === "edited" && obligation.edit && !isDevelopersEdit(obligation))
    .map((obligation) => graph.graph.getBlock(obligation.edit?.afterBlockId ?? "")?.file ?? obligation.blockId.split("::")[0] ?? "");
  return [...new Set(files)].filter((file) => file !== "").sort();
}

function commitMessage(instruction: string | undefined, since: string | undefined, result: PropagateResult): string {
  const subject = instruction ? `codeplan: ${instruction.split("\n")[0]}` : `codeplan: carry the changes since ${since ?? "HEAD"} through the repository`;
  const edited = result.plan.all().filter((obligation) => obligation.status === "edited" && !isDevelopersEdit(obligation));
  return `${subject.slice(0, 72)}\n\nEdited by codeplan:\n${[...new Set(edited.map((obligation) => `- ${obligation.blockId}`))].join("\n")}\n`;
}

async function runPropagate(dir: string, flags: PropagateFlags, io: CliIO, env: CodeplanEnv): Promise<void> {
  const started = performance.now();
  // 1. the checkout, its config, the flags
  checkFlags(flags);
  const checkout = await openDirectory(dir);
  const config = await readConfig(checkout);
  const since = flags.since ?? (flags.target.length > 0 ? undefined : "HEAD");
  // 2. where the run starts: the revision before the developer's edit, or the working tree as it is
  const revision = since ? await GitRevisionTree.open(checkout.root, since) : undefined;
  const base: SourceTree = revision ?? checkout;
  // 3. the seeds: the developer's edit since the revision, and the instruction's targets
  const seeds: Seed[] = [];
  if (since) seeds.push(await seedFromTrees({ base, head: checkout, baseName: since, headName: "the working tree" }));
  const planning = flags.dryRun === true || !env.anthropicApiKey;
  // 4. the tree the run writes: the working tree, or an in-memory copy when it only plans
  const tree: WritableSourceTree = planning ? await MemorySourceTree.copyOf(base) : checkout;
  const graph = await buildGraph(base, { threads: env.parseThreads });
  if (flags.target.length > 0) seeds.push(targetSeed(graph, flags.target));
  // 5. the model and the oracle (neither when only planning)
  const logger: Logger = cliLogger(io);
  const editModel = env.anthropicApiKey && !planning ? claudeEditModel({ env: { ...env, anthropicApiKey: env.anthropicApiKey }, config, logger, useCache: flags.cache }) : planningOnly;
  const oracle = planning ? undefined : await prepareOracle({ config, checkout, base, baseCommit: revision?.commit, sandbox: oracleSandbox(env, logger) });
  // 6. propagate, a progress line per finished obligation
  const progress = flags.json ? io.err : io.out;
  const result = await propagate({
    tree,
    graph,
    instruction: flags.instruction ?? DEFAULT_INSTRUCTION,
    seeds,
    editModel,
    impact: codeplanImpact(),
    logger,
    limits: { concurrency: config.concurrency },
    budget: config.budgets,
    onObligationDone: (obligation) => progress(progressLine(obligation, planning)),
    ...(io.interrupt ? { signal: io.interrupt() } : {}),
    ...(oracle ? { oracle } : {}),
  });
  // 7. commit when asked, 8. report
  const files = planning ? [] : changedFiles(result, graph);
  const summary = summarise(result, files, (performance.now() - started) / 1000, planning);
  if (flags.commit && files.length > 0) summary.commit = await commitFiles(checkout.root, files, commitMessage(flags.instruction, since, result));
  io.out(flags.json ? `${JSON.stringify(toJson(result, summary), null, 2)}\n` : summaryText(summary));
  if (!env.anthropicApiKey && !flags.dryRun) throw new CodeplanError({ code: "no-api-key", userMessage: NO_KEY_MESSAGE });
  if (summary.failed > 0 || summary.stoppedBecause !== "done") throw new CliExit(1);
}

/** `codeplan propagate <dir> [--since <rev>] [--instruction "…" --target <file::symbol>…] [--dry-run] [--commit] [--json]`. */
export function registerPropagateCommand(program: Command, io: CliIO, env: CodeplanEnv): void {
  program
    .command("propagate")
    .description("carry the working tree's changes since <rev> (or an instruction on target blocks) through a git checkout with Claude, check with the oracle, write the result")
    .argument("<dir>", "a git checkout")
    .option("--since <rev>", "the developer's edit is the working tree's change since <rev> (default HEAD, unless --target is given)")
    .option("--instruction <text>", "what the change is; with --target, what to do to the target blocks")
    .option("--target <file::symbol>", "a block to start from (repeatable; needs --instruction)", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--dry-run", "print the plan; no model call, nothing written")
    .option("--commit", "commit the files codeplan changed")
    .option("--json", "machine-readable output: {obligations: [{block, status, causes}], summary}; progress goes to stderr")
    .option("--no-cache", "ask the model again even where an identical prompt was answered before")
    .action(async (dir: string, flags: PropagateFlags) => runPropagate(dir, flags, io, env));
}
