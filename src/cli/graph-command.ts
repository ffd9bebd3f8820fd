import { type Command, InvalidArgumentError } from "commander";
import { CodeGraph, CodeplanError, graphView, renderDot, renderMermaid } from "../engine/index.js";
import { ParseWorkers, defaultParseThreads } from "../adapters/parse/parse-workers.js";
import { buildGraph } from "./build-graph.js";
import type { CliIO } from "./cli-io.js";
import { openDirectory } from "./open-directory.js";

interface GraphFlags {
  json?: boolean;
  dot?: boolean;
  mermaid?: boolean;
  focus?: string;
  depth?: number;
  threads?: number;
}

function wholeNumber(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError("expected a whole number");
  return Number(text);
}

function summary(view: ReturnType<typeof graphView>): string {
  const counts = new Map<string, number>();
  for (const edge of view.edges) counts.set(`${edge.relation} ${edge.confidence}`, (counts.get(`${edge.relation} ${edge.confidence}`) ?? 0) + 1);
  const lines = [`${view.blocks.length} blocks, ${view.edges.length} edges`];
  for (const [key, count] of [...counts].sort()) lines.push(`  ${key.padEnd(28)} ${count}`);
  for (const edge of view.edges) lines.push(`${edge.from} ${edge.relation}${edge.confidence === "name-only" ? "?" : ""} ${edge.to} (line ${edge.line})`);
  return `${lines.join("\n")}\n`;
}

/** `codeplan graph <dir> [--json | --dot | --mermaid] [--focus <file::symbol> --depth N] [--threads N]`. */
export function registerGraphCommand(program: Command, io: CliIO, options: { maxFileBytes: number; parseThreads: number | undefined }): void {
  program
    .command("graph")
    .description("build the dependency graph of <dir> and print it (text summary by default)")
    .argument("<dir>", "directory to read")
    .option("--json", "JSON: {blocks: [{id, file, symbol, kind}], edges: [{from, to, relation, confidence, line}]}")
    .option("--dot", "Graphviz dot")
    .option("--mermaid", "Mermaid flowchart")
    .option("--focus <block>", "only the neighbourhood of this block (file::symbol)")
    .option("--depth <n>", "with --focus: how many edges away (default 1)", wholeNumber)
    .option("--threads <n>", "threads that parse files besides the main one; 0: none (default: CODEPLAN_PARSE_THREADS, else one per core but one, at most 4)", wholeNumber)
    .action(async (dir: string, flags: GraphFlags) => {
      const formats = [flags.json, flags.dot, flags.mermaid].filter(Boolean).length;
      if (formats > 1) throw new CodeplanError({ code: "usage", userMessage: "Choose one of --json, --dot and --mermaid." });
      if (flags.depth !== undefined && !flags.focus) throw new CodeplanError({ code: "usage", userMessage: "--depth needs --focus <file::symbol>." });
      const codeGraph = await buildGraph(await openDirectory(dir), { maxFileBytes: options.maxFileBytes, threads: flags.threads ?? options.parseThreads });
      const view = graphView(codeGraph.graph, { focus: flags.focus, depth: flags.depth });
      if (flags.json) io.out(`${JSON.stringify(view, null, 2)}\n`);
      else if (flags.dot) io.out(renderDot(view));
      else if (flags.mermaid) io.out(renderMermaid(view));
      else io.out(summary(view));
    });
}
