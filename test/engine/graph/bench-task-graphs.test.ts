import type { EvalTask, TaskEntry } from "../../../src/engine/eval/task.js";
import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import type { DependencyGraph } from "../../../src/engine/graph/dependency-graph.js";
import type { Edge } from "../../../src/engine/graph/edge.js";
import { inverseOf, isRelation, type Relation } from "../../../src/engine/graph/relation.js";
import { blockId, type Block } from "../../../src/engine/model/block.js";
import { isSkipped, parseFile } from "../../../src/engine/model/parse-file.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";
import { benchTaskIds, readBenchTask, type BenchTask } from "../../helpers/bench-tasks.js";

/*
 * Every benchmark task (../shared/bench/README.md) against the graph of its before/ side. A derived
 * block counts as connected to the seeds when
 *   1. a path leads to it from a seed, each step following a listed relation (or a companion of one),
 *   2. one step against a listed relation leads to it from a block of such a path (it produces a
 *      value the path carries, e.g. the config dict that reaches send_request),
 *   3. it is the class enclosing a block of 1 or 2 (a test class that turns async with its tests), or
 *   4. it is a `<module>` that only gains or loses imports, for another changed block of its file.
 */

/** A benchmark task with the dependency graph of its before/ side. */
interface GraphedTask extends BenchTask {
  graph: DependencyGraph;
}

/** Read from the folder, so that a new task is checked without touching this file. */
const TASK_IDS = benchTaskIds();

const graphed = new Map<string, Promise<GraphedTask>>();

/** Task `id` with its before/ graph, built once for every test that asks. */
function graphedTask(id: string): Promise<GraphedTask> {
  const known = graphed.get(id);
  if (known) return known;
  const loading = buildGraphedTask(id);
  graphed.set(id, loading);
  return loading;
}

/** Reads task `id` and builds the graph of its before/ files. */
async function buildGraphedTask(id: string): Promise<GraphedTask> {
  const bench = readBenchTask(id);
  const codeGraph = await CodeGraph.build(new MemorySourceTree(bench.before));
  codeGraph.releaseTrees();
  return { ...bench, graph: codeGraph.graph };
}

/** Relations a change also travels along when the task lists the key: a constructor's change reaches the sites that instantiate its class, and an override chain runs both ways. */
const COMPANIONS: Partial<Record<Relation, readonly Relation[]>> = {
  ConstructedBy: ["Construct", "InstantiatedBy"],
  OverriddenBy: ["Overrides"],
};

/** The task's relations; throws naming a relation the graph does not know. */
function listedRelations(task: EvalTask): Relation[] {
  const relations: Relation[] = [];
  for (const name of task.relations) {
    if (!isRelation(name)) throw new Error(`${task.id}: unknown relation ${name}`);
    relations.push(name);
  }
  return relations;
}

/** The listed relations with their companions. */
function propagationRelations(listed: Relation[]): Relation[] {
  return [...new Set(listed.flatMap((relation) => [relation, ...(COMPANIONS[relation] ?? [])]))];
}

/** The seed blocks of before/; throws naming a seed the graph lacks (an `added` seed has no block there). */
function seedBlocks(task: EvalTask, graph: DependencyGraph): Block[] {
  return task.seed.filter((entry) => entry.status !== "added").map((entry) => graph.getBlockOrThrow(blockId(entry.file, entry.symbol)));
}

/** Blocks reachable from `start` by steps that each follow one of `relations` in its own direction, `start` included (rule 1). */
function reachable(graph: DependencyGraph, start: string[], relations: Relation[]): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  // for…of sees the ids pushed while it walks the queue.
  for (const id of queue) {
    for (const relation of relations) {
      for (const { block } of graph.related(id, relation)) {
        if (seen.has(block.id)) continue;
        seen.add(block.id);
        queue.push(block.id);
      }
    }
  }
  return seen;
}

/** Blocks one step against a listed relation from a block of `path`: the producers of a value the path carries (rule 2). */
function producers(graph: DependencyGraph, path: Set<string>, listed: Relation[]): Set<string> {
  const found = new Set<string>();
  for (const id of path) {
    for (const relation of listed) {
      for (const { block } of graph.related(id, inverseOf(relation))) found.add(block.id);
    }
  }
  return found;
}

/** Classes that directly enclose a block of `inner` (rule 3). */
function enclosingClasses(graph: DependencyGraph, inner: Iterable<string>): Set<string> {
  const classes = new Set<string>();
  for (const id of inner) {
    for (const { block } of graph.related(id, "ChildOf")) {
      if (block.kind === "class") classes.add(block.id);
    }
  }
  return classes;
}

/** Python `import` / `from … import`, TS/JS `import`, a C# `using` directive (not a `using (…)` statement). */
const IMPORT_LINE = /^(?:import\b|from\s+[\w.]+\s+import\b|using\s+(?:static\s+)?[\w.]+(?:\s*=\s*[\w.<>]+)?\s*;$)/;

/** The trimmed non-blank lines of `text`. */
function nonBlankLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Lines that one text has more often than the other (trimmed, non-blank, counted as multisets). */
function differingLines(before: string, after: string): string[] {
  const counts = new Map<string, number>();
  for (const line of nonBlankLines(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  for (const line of nonBlankLines(after)) counts.set(line, (counts.get(line) ?? 0) - 1);
  return [...counts].filter(([, count]) => count !== 0).map(([line]) => line);
}

/** The own text of the `<module>` block of `files[path]`: "" when the file has none, undefined when there is no such file to parse. */
async function moduleText(files: Record<string, Uint8Array>, path: string): Promise<string | undefined> {
  const bytes = files[path];
  if (!bytes) return undefined;
  const parsed = await parseFile(path, bytes);
  if (isSkipped(parsed)) return undefined;
  return parsed.blocks.find((block) => block.kind === "module")?.text ?? "";
}

/** Whether `entry` is a `<module>` whose change is import lines only, made for another changed block of its file (rule 4). */
async function isImportOnlyModule(bench: BenchTask, entry: TaskEntry): Promise<boolean> {
  if (entry.symbol !== "<module>") return false;
  const changed = [...bench.task.seed, ...bench.task.derived];
  if (!changed.some((other) => other.file === entry.file && other.symbol !== "<module>")) return false;
  const before = await moduleText(bench.before, entry.file);
  const after = await moduleText(bench.after, entry.file);
  if (before === undefined || after === undefined) return false;
  const lines = differingLines(before, after);
  return lines.length > 0 && lines.every((line) => IMPORT_LINE.test(line));
}

/** Ids of the task's derived blocks that no rule connects to a seed (empty when every one is connected). */
async function unconnectedDerived(bench: GraphedTask): Promise<string[]> {
  const { task, graph } = bench;
  const listed = listedRelations(task);
  const path = reachable(graph, seedBlocks(task, graph).map((block) => block.id), propagationRelations(listed));
  const valueProducers = producers(graph, path, listed);
  const classes = enclosingClasses(graph, [...path, ...valueProducers]);
  const missing: string[] = [];
  for (const entry of task.derived) {
    const id = blockId(entry.file, entry.symbol);
    // An added block exists only in after/, so a graph of before/ cannot connect it (no task has one yet).
    if (entry.status === "added" && !graph.getBlock(id)) continue;
    if (path.has(id) || valueProducers.has(id) || classes.has(id)) continue;
    if (await isImportOnlyModule(bench, entry)) continue;
    missing.push(id);
  }
  return missing;
}

/** Ids of every seed and derived block, by before name. */
function changedIds(task: EvalTask): Set<string> {
  return new Set([...task.seed, ...task.derived].map((entry) => blockId(entry.file, entry.symbol)));
}

/** Blocks of before/ named like a function or method seed that the change leaves alone. */
function decoysOf(graph: DependencyGraph, seed: Block, changed: Set<string>): Block[] {
  if (seed.kind !== "function" && seed.kind !== "method") return [];
  return [...graph.allBlocks()].filter((block) => block.name === seed.name && !changed.has(block.id));
}

/** The Calls edges into `id`, keyed by call site `caller@line`. */
function callSites(graph: DependencyGraph, id: string): Map<string, Edge> {
  return new Map(graph.related(id, "CalledBy").map(({ edge }) => [`${edge.from}@${edge.line}`, edge]));
}

/** How many calls of `name` the source line of `edge` writes. */
function callsWritten(files: Record<string, Uint8Array>, edge: Edge, name: string): number {
  const line = new TextDecoder().decode(files[edge.file]).split(/\r?\n/)[edge.line - 1] ?? "";
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return line.match(new RegExp(`\\b${escaped}\\s*(?:<[^>]*>\\s*)?\\(`, "g"))?.length ?? 0;
}

/**
 * Call sites linked to a seed and to same-named decoys by more edges than the line writes calls of
 * that name. A shared line alone proves nothing: projected_stock's `inv.get_qty(sku) +
 * sum(shipment.get_qty(sku) …)` rightly calls the seed and the decoy on one line; edges carry no
 * column, so a line may link as many same-named blocks as it writes calls, and no more.
 */
function sharedCallSites(bench: GraphedTask): string[] {
  const { task, graph, before } = bench;
  const changed = changedIds(task);
  const violations: string[] = [];
  for (const seed of seedBlocks(task, graph)) {
    const decoySites = decoysOf(graph, seed, changed).map((decoy) => ({ decoy, sites: callSites(graph, decoy.id) }));
    for (const [site, edge] of callSites(graph, seed.id)) {
      const linked = decoySites.filter(({ sites }) => sites.has(site)).map(({ decoy }) => decoy.id);
      const linkedBlocks = linked.length + 1;
      if (linked.length === 0 || linkedBlocks <= callsWritten(before, edge, seed.name)) continue;
      violations.push(`${site}: ${seed.id} and ${linked.join(", ")}`);
    }
  }
  return violations;
}

/** A decoy of one of a task's seeds that something calls. */
interface CalledDecoy {
  task: string;
  decoy: string;
  /** Call sites, `caller@line`. */
  callers: string[];
}

/** Each decoy of the task's seeds that has callers, with its call sites. */
function calledDecoys(bench: GraphedTask): CalledDecoy[] {
  const { task, graph } = bench;
  const changed = changedIds(task);
  const result: CalledDecoy[] = [];
  for (const seed of seedBlocks(task, graph)) {
    for (const decoy of decoysOf(graph, seed, changed)) {
      const callers = [...callSites(graph, decoy.id).keys()];
      if (callers.length > 0) result.push({ task: task.id, decoy: decoy.id, callers });
    }
  }
  return result;
}

describe("benchmark tasks: the dependency graph of before/", () => {
  test.each(TASK_IDS)("%s: connects every derived block to a seed", async (id) => {
    expect(await unconnectedDerived(await graphedTask(id))).toEqual([]);
  });

  test.each(TASK_IDS)("%s: links no call site to both a seed and a same-named decoy", async (id) => {
    expect(sharedCallSites(await graphedTask(id))).toEqual([]);
  });

  test("the decoy check has a decoy with callers to look at: Shipment.get_qty, called beside the seed in projected_stock", async () => {
    const decoys: CalledDecoy[] = [];
    for (const id of TASK_IDS) decoys.push(...calledDecoys(await graphedTask(id)));
    expect(decoys).toContainEqual({ task: "py-rename-method", decoy: "warehouse/shipments.py::Shipment.get_qty", callers: ["warehouse/reports.py::projected_stock@11"] });
  });
});
