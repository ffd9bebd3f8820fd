import type { Block } from "../../model/block.js";
import type { Edge } from "../edge.js";
import type { Resolver } from "../resolve/resolver.js";
import { childOfEdges } from "./child-of.js";
import { constructEdges } from "./construct.js";
import { derivedClassOfEdges } from "./derived-class-of.js";
import { overridesEdges } from "./overrides.js";
import { referenceEdges } from "./references.js";

/** One finder per stored relation family; a block's outgoing edges are the union. */
export const RELATION_FINDERS: readonly ((r: Resolver, block: Block) => Edge[])[] = [
  childOfEdges,
  constructEdges,
  derivedClassOfEdges,
  overridesEdges,
  referenceEdges,
];

/** Every outgoing edge of a block. */
export function edgesOf(r: Resolver, block: Block): Edge[] {
  const edges: Edge[] = [];
  for (const find of RELATION_FINDERS) edges.push(...find(r, block));
  return edges;
}
