import type { CodeGraph } from "../graph/code-graph.js";
import type { Relation } from "../graph/relation.js";
import type { ParsedFile } from "../model/block.js";
import type { Impact } from "./impact.js";

/** One file's edit, as the may-impact rules see it. */
export interface FileEdit {
  graph: CodeGraph;
  before: ParsedFile | undefined;
  after: ParsedFile | undefined;
  /** Only changes of these blocks (before ids) count; all changed blocks of the file when undefined. */
  blockIds?: ReadonlySet<string>;
}

/**
 * Change classification plus may-impact rules: which blocks an edit may affect. Rules that read
 * D run before the edit is folded into the graph; rules that read D' run after.
 */
export interface ImpactAnalysis {
  /**
   * The relations along which an edit of a block may plan other blocks directly (`CalledBy`: its
   * callers). An obligation waits while an unfinished one may still add a cause to it this way,
   * so that it is visited once with every cause rather than once per cause.
   */
  reach: readonly Relation[];
  beforeUpdate(edit: FileEdit): Promise<Impact[]>;
  afterUpdate(edit: FileEdit): Promise<Impact[]>;
}

/** No may-impact analysis at all: the oracle-repair baseline. */
export const NO_IMPACT: ImpactAnalysis = {
  reach: [],
  beforeUpdate: async () => [],
  afterUpdate: async () => [],
};
