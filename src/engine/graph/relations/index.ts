import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { RepoIndex } from "../resolve/repo-index.js";
import { childOfEdges } from "./child-of.js";
import { constructEdges } from "./construct.js";
import { derivedClassOfEdges } from "./derived-class-of.js";
import { overridesEdges } from "./overrides.js";
import { referenceEdges } from "./references.js";

/** One finder per stored relation family; a block's outgoing edges are the union. */
export const RELATION_FINDERS: readonly ((index: RepoIndex, block: Block) => Edge[])[] = [
  childOfEdges,
  constructEdges,
  derivedClassOfEdges,
  overridesEdges,
  referenceEdges,
];

/** Every outgoing edge of a block. */
export function edgesOf(index: RepoIndex, block: Block): Edge[] {
  return RELATION_FINDERS.flatMap((find) => find(index, block));
}
