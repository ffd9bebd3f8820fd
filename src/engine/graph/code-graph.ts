import { diffFile } from "../diff/diff-blocks.js";
import type { BlockChange } from "../diff/block-change.js";
import { LANGUAGES, languageForPath } from "../languages/registry.js";
import type { ParsedFile } from "../model/block.js";
import { isSkipped, parseFile, type ParseOptions } from "../model/parse-file.js";
import type { SourceTree } from "../ports.js";
import { DependencyGraph } from "./dependency-graph.js";
import { edgesOf } from "./relations/index.js";
import { overridesEdges } from "./relations/overrides.js";
import { derivedClassOfEdges } from "./relations/derived-class-of.js";
import { createResolver } from "./resolve/create-resolver.js";
import { RepoIndex } from "./resolve/repo-index.js";
import type { Resolver } from "./resolve/resolver.js";

export interface BuildTimings {
  files: number;
  parseSeconds: number;
  resolveSeconds: number;
}

/** What an incremental update did. */
export interface GraphUpdate {
  changes: BlockChange[];
  /** Blocks whose outgoing edges were recomputed. */
  recomputed: string[];
}

const CONFIG_NAMES = new Set(LANGUAGES.flatMap((support) => support.resolver?.configFileNames ?? []));

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
  ) {
    this.resolver = createResolver(index);
  }

  /** Parses every source file once (blocks and facts from the same parse) and resolves every relation. */
  static async build(tree: SourceTree, options: ParseOptions = {}): Promise<CodeGraph> {
    const paths = await tree.listFiles();
    const configFiles = new Map<string, string>();
    const files: ParsedFile[] = [];
    let parseSeconds = 0;
    for (const path of paths) {
      if (CONFIG_NAMES.has(baseName(path))) configFiles.set(path, new TextDecoder().decode(await tree.readFile(path)));
      if (!languageForPath(path)) continue;
      const bytes = await tree.readFile(path);
      const start = performance.now();
      const parsed = await parseFile(path, bytes, { ...options, facts: true });
      parseSeconds += (performance.now() - start) / 1000;
      if (!isSkipped(parsed)) files.push(parsed);
    }
    const start = performance.now();
    const index = new RepoIndex(files, configFiles);
    const resolver = createResolver(index);
    const graph = new DependencyGraph();
    for (const block of index.blocks.values()) graph.addBlock(block);
    for (const block of index.blocks.values()) for (const edge of edgesOf(resolver, block)) graph.addEdge(edge);
    const resolveSeconds = (performance.now() - start) / 1000;
    return new CodeGraph(graph, index, { files: files.length, parseSeconds, resolveSeconds });
  }

  /**
   * Folds a new version of one file into the graph. Only the blocks that changed get their
   * outgoing edges recomputed; every other block keeps its edges (a caller keeps its edge to a
   * renamed callee until the caller itself is edited). Overrides are recomputed for the file's
   * classes and their subclasses.
   */
  updateFile(next: ParsedFile): GraphUpdate {
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
    for (const id of changed) {
      const block = this.index.blocks.get(id);
      if (!block) continue;
      this.graph.removeEdgesFrom(id);
      for (const edge of edgesOf(this.resolver, block)) this.graph.addEdge(edge);
    }
    this.refreshHierarchy(next, changed);
    return { changes, recomputed: [...changed] };
  }

  /** Parses and folds in a file from its bytes. */
  async updateFromBytes(path: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<GraphUpdate> {
    const parsed = await parseFile(path, bytes, { ...options, facts: true });
    if (isSkipped(parsed)) return { changes: [], recomputed: [] };
    return this.updateFile(parsed);
  }

  /** DerivedClassOf of the file's classes and Overrides of their methods and of their subclasses' methods (D'). */
  private refreshHierarchy(file: ParsedFile, changed: Set<string>): void {
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
