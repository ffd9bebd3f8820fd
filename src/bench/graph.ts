import { performance } from "node:perf_hooks";
import { ParseWorkers, defaultParseThreads } from "../adapters/parse/parse-workers.js";
import { openDirectory } from "../cli/open-directory.js";
import { CodeGraph, MemorySourceTree, decodeSource, isSkipped, languageForPath, parseFile, parseText, type Block } from "../engine/index.js";

/**
 * `npm run bench:graph -- <dir> [--rounds N]`: raw parse time (decoding and tree-sitter parsing
 * every source file on one thread, nothing else), graph build time (everything CodeGraph.build
 * does, with the parse threads the app and the CLI use by default, and on one thread alone), edges
 * per relation and confidence, and the median and 90th percentile time of an incremental update
 * after editing one block (new file bytes to an updated graph: CodeGraph.updateFromBytes). Raw
 * parse and the builds alternate for N rounds (default 5) and the medians are reported; graph ÷
 * raw parse is the median of each round's own ratio, measured back to back, so a machine whose
 * speed drifts (a shared one) skews both sides of each ratio alike.
 */
async function benchGraph(dir: string, rounds: number): Promise<void> {
  const disk = await openDirectory(dir);
  const files: Record<string, Uint8Array> = {};
  for (const path of await disk.listFiles()) files[path] = await disk.readFile(path);
  const tree = new MemorySourceTree(files);
  const sources = Object.keys(files).filter((path) => languageForPath(path));
  // Both sides warm up on the same 50 files first (untimed), so neither pays for compiling its code.
  // The parse threads start then too, as they do on a server's first build.
  const threads = defaultParseThreads();
  const pool = threads > 0 ? new ParseWorkers({ threads }) : undefined;
  const warmUp = sources.slice(0, 50);
  await rawParseSeconds(warmUp, files);
  const warmUpTree = new MemorySourceTree(Object.fromEntries(warmUp.map((path) => [path, files[path] ?? new Uint8Array()])));
  (await CodeGraph.build(warmUpTree, { pool })).releaseTrees();
  (await CodeGraph.build(warmUpTree)).releaseTrees();

  const rawParse: number[] = [];
  const graphSeconds: number[] = [];
  const oneThreadSeconds: number[] = [];
  let codeGraph: CodeGraph | undefined;
  for (let round = 0; round < rounds; round++) {
    codeGraph?.releaseTrees();
    codeGraph = undefined;
    rawParse.push(await rawParseSeconds(sources, files));
    let start = performance.now();
    (await CodeGraph.build(tree)).releaseTrees();
    oneThreadSeconds.push((performance.now() - start) / 1000);
    start = performance.now();
    codeGraph = await CodeGraph.build(tree, { pool });
    graphSeconds.push((performance.now() - start) / 1000);
  }
  await pool?.close();
  if (!codeGraph) return;

  const counts = new Map<string, number>();
  for (const edge of codeGraph.graph.allEdges()) {
    const key = `${edge.relation} ${edge.confidence}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(`files              ${codeGraph.timings.files}`);
  console.log(`rounds             ${rounds}`);
  console.log(`parse threads      ${threads} besides the main one`);
  console.log(`raw parse s        ${median(rawParse).toFixed(3)}   (${rawParse.map((value) => value.toFixed(2)).join(" ")})`);
  console.log(`parse+facts s      ${codeGraph.timings.parseSeconds.toFixed(3)}   (last round)`);
  console.log(`resolution s       ${codeGraph.timings.resolveSeconds.toFixed(3)}   (last round)`);
  console.log(`graph total s      ${median(graphSeconds).toFixed(3)}   (${graphSeconds.map((value) => value.toFixed(2)).join(" ")})`);
  const ratios = (seconds: readonly number[]): string => {
    const each = seconds.map((value, round) => value / (rawParse[round] ?? Number.NaN));
    return `${median(each).toFixed(2)}   (${each.map((value) => value.toFixed(2)).join(" ")})`;
  };
  console.log(`graph / raw parse  ${ratios(graphSeconds)}`);
  console.log(`one thread: graph total s ${median(oneThreadSeconds).toFixed(3)}, graph / raw parse ${ratios(oneThreadSeconds)}`);
  console.log(`edges:`);
  for (const [key, count] of [...counts].sort()) console.log(`  ${key.padEnd(28)} ${count}`);
  // The same 100 edits twice: the first pass also compiles the update code (as the first edits of a
  // job do), the second shows the steady state of a graph that is updated many times.
  const first = await updateMs(codeGraph, files);
  const again = await updateMs(codeGraph, files);
  const summary = (times: readonly number[]): string => `median ${median(times).toFixed(2)}, p90 ${percentile(times, 0.9).toFixed(2)}`;
  console.log(`incremental update of one edited block, ms: ${summary(first)}   (same edits again: ${summary(again)})`);
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** The value at `fraction` of the sorted values (0.5: the median). */
function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * fraction)] ?? Number.NaN;
}

/** Seconds to decode and tree-sitter parse every file, and nothing else. */
async function rawParseSeconds(paths: readonly string[], files: Record<string, Uint8Array>): Promise<number> {
  const start = performance.now();
  for (const path of paths) {
    const support = languageForPath(path);
    const decoded = decodeSource(files[path] ?? new Uint8Array());
    if (support && decoded.ok) (await parseText(support, decoded.text)).delete();
  }
  return (performance.now() - start) / 1000;
}

/** Edits 100 function/method blocks spread over the repository (a call added to the body) and times each update (ms). */
async function updateMs(codeGraph: CodeGraph, files: Record<string, Uint8Array>): Promise<number[]> {
  const candidates = [...codeGraph.graph.allBlocks()].filter((block) => (block.kind === "function" || block.kind === "method") && block.bodyStart < block.span.end);
  const step = Math.max(1, Math.floor(candidates.length / 100));
  const times: number[] = [];
  for (let i = 0; i < candidates.length && times.length < 100; i += step) {
    const block = candidates[i] as Block;
    const parsed = await parseFile(block.file, files[block.file] ?? new Uint8Array());
    if (isSkipped(parsed)) continue;
    const edited = withAddedCall(parsed.text, block);
    const start = performance.now();
    await codeGraph.updateFromBytes(block.file, new TextEncoder().encode(edited));
    times.push(performance.now() - start);
    await codeGraph.updateFromBytes(block.file, files[block.file] ?? new Uint8Array());
  }
  return times;
}

/** The file with a call `edited()` added as the first statement of the block's body. */
function withAddedCall(text: string, block: Block): string {
  if (block.language !== "python") return `${text.slice(0, block.bodyStart + 1)} edited();${text.slice(block.bodyStart + 1)}`;
  const lineStart = text.indexOf("\n", block.bodyStart) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "    ";
  return `${text.slice(0, lineStart)}${indent}edited()\n${text.slice(lineStart)}`;
}

const [dir, flag, value] = process.argv.slice(2);
const rounds = flag === "--rounds" ? Number(value) : 5;
if (!dir || (flag !== undefined && flag !== "--rounds") || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: npm run bench:graph -- <dir> [--rounds N]");
  process.exitCode = 2;
} else {
  await benchGraph(dir, rounds);
}
