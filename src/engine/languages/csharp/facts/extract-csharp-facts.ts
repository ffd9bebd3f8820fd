import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { BlockFacts, FileFacts } from "../../../graph/facts.js";
import type { ParsedFile } from "../../../model/block.js";
import { DefinitionBlocks } from "./definition-blocks.js";
import { visitNode } from "./visit-node.js";
import type { FactWalk, Scope, Visit } from "./walk-state.js";

/**
 * The name-resolution facts of one C# file (see ../../../graph/facts.ts): one walk over the tree
 * with an explicit stack (deep expressions cannot overflow the call stack), each node handled once
 * by its handler in ./visit-node.ts, in source order.
 */
export function extractCSharpFacts(file: ParsedFile, root: SyntaxNode): FileFacts {
  const blocks = new DefinitionBlocks(file);
  const facts: FileFacts = { file: file.file, imports: [], values: [], exports: [], explicitExports: false, classes: [], blocks: blocks.facts };
  const moduleFacts: BlockFacts = blocks.module ? blocks.factsOf(blocks.module) : { blockId: "", locals: [], references: [] };
  const scope: Scope = { facts: moduleFacts, kind: "module", names: new Set(), types: new Map(), typeParameters: new Set(), namespace: "" };
  const walk: FactWalk = { facts, blocks, later: [] };
  const stack: Visit[] = [{ node: root, scope }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    visitNode(walk, visit);
    for (let i = walk.later.length - 1; i >= 0; i--) stack.push(walk.later[i] as Visit);
    walk.later.length = 0;
  }
  return facts;
}
