import { diffFile } from "../diff/diff-blocks.js";
import type { BlockChange } from "../diff/block-change.js";
import { LANGUAGES, languageForPath } from "../languages/registry.js";
import type { ParsedFile, SkippedFile } from "../model/block.js";
import { isSkipped, type ParseOptions } from "../model/parse-file.js";
import { parseFileKeepingTree } from "../model/parse-file-keeping-tree.js";
import type { ParsePool, SourceTree } from "../ports.js";
import type { ParsedText } from "../parse/parser-pool.js";
import { parseSources, type Source } from "./parse-sources.js";
import { DependencyGraph } from "./dependency-graph.js";
import { edgeLineMap } from "./edge-lines.js";
import type { BlockFacts } from "./facts.js";
import { sameHierarchyFacts } from "./same-facts.js";
import { edgesOf } from "./relations/index.js";
import { referenceLines } from "./relations/reference-lines.js";
import { overridesEdges } from "./relations/overrides.js";
import { derivedClassOfEdges } from "./relations/derived-class-of.js";
import { createResolver } from "./resolve/create-resolver.js";
import { RepoIndex } from "./resolve/repo-index.js";
import type { Resolver } from "./resolve/resolver.js";
import { TreeStore } from "./tree-store.js";

export interface BuildTimings {
  files: number;
  parseSeconds: number;
  resolveSeconds: number;
}

export interface BuildOptions extends ParseOptions {
  /**
   * Characters of source whose syntax trees the graph keeps, so that an edited file is reparsed
   * incrementally (default DEFAULT_TREE_BUDGET; 0 keeps none). A tree costs about 20 bytes of
   * parser memory per character, and keeping them makes the build some 7% slower (the parser
   * cannot reuse the memory of the trees it made before: it writes to new memory).
   */
  treeBudget?: number;
  /** Threads that parse files while this one reads them (see parseSources); without, this thread parses every file. */
  pool?: ParsePool;
}

/** What an incremental update did. */
export interface GraphUpdate {
  changes: BlockChange[];
  /** Blocks whose outgoing edges were recomputed. */
  recomputed: string[];
}

const CONFIG_NAMES = new Set(LANGUAGES.flatMap((support) => support.resolver?.configFileNames ?? []));

/** Whether a file's language reparses from the old tree (the others skip unchanged definitions: no tree is kept). */
function reparsesFromTree(path: string): boolean {
  return !languageForPath(path)?.skippableDefinitions;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * The dependency graph of a repository together with the index it was resolved from, so that
 * edits can be folded in incrementally.
 */
export class CodeGraph {
  private readonly resolver: Resolver;

  private constructor(
    readonly graph: DependencyGraph,
    readonly index: RepoIndex,
    readonly timings: BuildTimings,
    private readonly trees: TreeStore,
  ) {
    this.resolver = createResolver(index);
    trees.deleteWith(this);
  }

  /**
   * Parses every source file once (blocks and facts from the same parse; on the pool's threads
   * too, when given one) and resolves every relation; keeps the syntax trees (up to the budget) this
   * thread parsed of the languages that reparse an edited file from its old tree (see
   * LanguageSupport.skippableDefinitions).
   */
  static async build(tree: SourceTree, options: BuildOptions = {}): Promise<CodeGraph> {
    // 1. Read the source files and the resolver's config files.
    const configFiles = new Map<string, string>();
    const sources: Source[] = [];
    for (const path of await tree.listFiles()) {
      if (CONFIG_NAMES.has(baseName(path))) configFiles.set(path, new TextDecoder().decode(await tree.readFile(path)));
      if (languageForPath(path)) sources.push({ path, bytes: await tree.readFile(path) });
    }
    // 2. Parse them (on the pool's threads too, when given one), keeping the trees worth reparsing from.
    const trees = new TreeStore(options.treeBudget);
    const parseStart = performance.now();
    let files: ParsedFile[];
    try {
      const takeTree = (path: string, kept: ParsedText): void => (reparsesFromTree(path) ? trees.set(path, kept) : kept.tree.delete());
      files = await parseSources(sources, { ...options, takeTree });
    } catch (error) {
      trees.clear();
      throw error;
    }
    const parseSeconds = (performance.now() - parseStart) / 1000;
    // 3. Resolve every relation.
    const start = performance.now();
    const index = new RepoIndex(files, configFiles);
    const resolver = createResolver(index);
    const graph = new DependencyGraph();
    for (const block of index.blocks.values()) graph.addBlock(block);
    for (const block of index.blocks.values()) for (const edge of edgesOf(resolver, block)) graph.addEdge(edge);
    const resolveSeconds = (performance.now() - start) / 1000;
    return new CodeGraph(graph, index, { files: files.length, parseSeconds, resolveSeconds }, trees);
  }

  /**
   * Parses a new version of one file as updateFile wants it (with facts), taking over the
   * definitions and facts that did not change: incrementally from the tree of the version in the
   * graph when the graph kept it, or (Python) leaving the unchanged definitions out of the parse.
   * Changes nothing in the graph: pass the result to updateFile to fold it in.
   */
  async reparse(path: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedFile | SkippedFile> {
    const current = this.index.files.get(path);
    const previous = current && { tree: this.trees.get(path, current.text), parsed: current };
    const result = await parseFileKeepingTree(path, bytes, { ...options, facts: true, previous });
    if (isSkipped(result)) return result;
    if (reparsesFromTree(path) && !result.partial) this.trees.propose(path, result.parsed, { tree: result.tree, text: result.parsed.text });
    else result.tree.delete();
    return result.parsed;
  }

  /**
   * Folds a new version of one file into the graph. Only the blocks that changed get their
   * outgoing edges recomputed; every other block keeps its edges (a caller keeps its edge to a
   * renamed callee until the caller itself is edited), their lines moved with the block's text.
   * Overrides are recomputed for the file's classes and their subclasses.
   */
  updateFile(next: ParsedFile): GraphUpdate {
    this.trees.commit(next.file, next, next.text);
    const previous = this.index.files.get(next.file);
    const changes = diffFile(previous, next);
    this.index.removeFile(next.file);
    this.index.addFile(next);
    const bySymbol = new Map(next.blocks.map((block) => [block.symbol, block]));
    const changed = new Set<string>();
    for (const change of changes) {
      const oldId = `${change.file}::${change.symbol}`;
      if (change.status === "deleted") this.graph.removeBlock(oldId);
      if (change.status === "renamed") {
        const renamed = bySymbol.get(change.afterSymbol ?? "");
        if (renamed) this.graph.renameBlock(oldId, renamed);
      }
      const current = bySymbol.get(change.status === "renamed" ? (change.afterSymbol ?? "") : change.symbol);
      if (current && change.status !== "deleted") changed.add(current.id);
    }
    for (const block of next.blocks) this.graph.addBlock(block);
    const recomputed = new Set([...changed, ...this.relineUnchanged(previous, next, changed)]);
    for (const id of recomputed) {
      const block = this.index.blocks.get(id);
      if (!block) continue;
      this.graph.removeEdgesFrom(id);
      for (const edge of edgesOf(this.resolver, block)) this.graph.addEdge(edge);
    }
    // With the same blocks and the same class and module facts, no base or member changed: the
    // hierarchy edges stand (those of moved blocks were moved above).
    const sameHierarchy = changes.every((change) => change.status === "modified") && sameHierarchyFacts(previous?.facts, next.facts);
    if (!sameHierarchy) this.refreshHierarchy(next, recomputed);
    return { changes, recomputed: [...recomputed] };
  }

  /** The line of every reference in block `id` that resolves to `targetId`, repeated per reference (see referenceLines). */
  referenceLines(id: string, targetId: string): number[] {
    const block = this.index.blocks.get(id);
    return block ? referenceLines(this.resolver, block, targetId) : [];
  }

  /**
   * Frees the syntax trees kept for incremental reparsing now, rather than when the graph is
   * garbage collected (they live in the parser's memory, which the collector does not see). The
   * graph stays usable; edited files are then parsed from scratch.
   */
  releaseTrees(): void {
    this.trees.clear();
  }

  /** Parses and folds in a file from its bytes (reparse, then updateFile). */
  async updateFromBytes(path: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<GraphUpdate> {
    const parsed = await this.reparse(path, bytes, options);
    if (isSkipped(parsed)) return { changes: [], recomputed: [] };
    return this.updateFile(parsed);
  }

  /**
   * Moves the edge lines of the blocks whose own text did not change but whose lines did; returns
   * those whose facts changed after all (or whose lines cannot be mapped): their edges are recomputed.
   */
  private relineUnchanged(previous: ParsedFile | undefined, next: ParsedFile, changed: ReadonlySet<string>): string[] {
    const before = new Map((previous?.blocks ?? []).map((block) => [block.id, block]));
    const factsBefore = factsById(previous);
    const factsAfter = factsById(next);
    const recompute: string[] = [];
    for (const block of next.blocks) {
      const old = before.get(block.id);
      if (!old || changed.has(block.id)) continue;
      const lines = edgeLineMap(old, block, factsBefore.get(block.id), factsAfter.get(block.id));
      if (lines === "same") continue;
      if (!lines || !this.graph.relineEdgesFrom(block.id, lines)) recompute.push(block.id);
    }
    return recompute;
  }

  /** DerivedClassOf of the file's classes and Overrides of their methods and of their subclasses' methods (D'). */
  private refreshHierarchy(file: ParsedFile, changed: ReadonlySet<string>): void {
    const classIds = file.blocks.filter((block) => this.index.classes.has(block.id)).map((block) => block.id);
    for (const id of classIds) {
      const block = this.index.blocks.get(id);
      if (!block || changed.has(id)) continue;
      this.graph.removeEdgesFrom(id, (edge) => edge.relation === "DerivedClassOf");
      for (const edge of derivedClassOfEdges(this.resolver, block)) this.graph.addEdge(edge);
    }
    const subclasses = classIds.flatMap((id) => this.graph.related(id, "BaseClassOf").map((related) => related.block.id));
    for (const classId of new Set([...classIds, ...subclasses])) {
      for (const method of this.index.files.get(this.index.blocks.get(classId)?.file ?? "")?.blocks ?? []) {
        if (method.parentId !== classId || changed.has(method.id)) continue;
        this.graph.removeEdgesFrom(method.id, (edge) => edge.relation === "Overrides");
        for (const edge of overridesEdges(this.resolver, method)) this.graph.addEdge(edge);
      }
    }
  }
}

function factsById(file: ParsedFile | undefined): Map<string, BlockFacts> {
  return new Map((file?.facts?.blocks ?? []).map((facts) => [facts.blockId, facts]));
}
