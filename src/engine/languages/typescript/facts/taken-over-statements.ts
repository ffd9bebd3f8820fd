import type { BlockFacts } from "../../../graph/facts.js";
import { movedBlockFacts } from "../../../graph/moved-facts.js";
import type { Block, ParsedFile } from "../../../model/block.js";
import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { reusedStatements, type ReusedStatement } from "../reused-statements.js";
import type { FactLists } from "./file-collector.js";
import { statementLogs } from "./statement-logs.js";

/** A statement whose facts are the previous version's, with those of the blocks in it (moved). */
export interface TakenOverStatement extends ReusedStatement {
  blockFacts: BlockFacts[];
}

/** What a new version takes over from the previous one: statements by node index, and the lists their facts are in. */
export interface TakenOver {
  statements: ReadonlyMap<number, TakenOverStatement>;
  lists: FactLists;
}

/** The blocks (not `<module>`) that start in [start, end), from blocks in source order. */
function blocksIn(blocks: readonly Block[], start: number, end: number): Block[] {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((blocks[mid] as Block).span.start < start) low = mid + 1;
    else high = mid;
  }
  const inside: Block[] = [];
  for (let index = low; index < blocks.length && (blocks[index] as Block).span.start < end; index++) {
    const block = blocks[index] as Block;
    if (block.kind !== "module") inside.push(block);
  }
  return inside;
}

/**
 * The unchanged top-level statements (see reusedStatements) whose facts the new version takes over:
 * those whose walk read nothing other statements write, and whose blocks kept their ids (a block
 * added before a same-named one renames it `#2`, and facts name their blocks).
 */
export function takenOverStatements(file: ParsedFile, root: SyntaxNode, previous: ParsedFile | undefined): TakenOver | undefined {
  const reused = reusedStatements(root, previous);
  const logs = statementLogs(previous?.facts);
  const facts = previous?.facts;
  if (!previous || !facts || !logs || reused.size === 0) return undefined;
  const previousFacts = new Map(facts.blocks.map((blockFacts) => [blockFacts.blockId, blockFacts]));
  const statements = new Map<number, TakenOverStatement>();
  for (const [index, statement] of reused) {
    const { log, delta, lines } = statement;
    if (!log.reusable) continue;
    const now = blocksIn(file.blocks, log.start + delta, log.end + delta);
    const before = blocksIn(previous.blocks, log.start, log.end);
    const blockFacts: BlockFacts[] = [];
    for (const [position, block] of before.entries()) {
      const same = now[position];
      const blockFact = previousFacts.get(block.id);
      if (!blockFact || same?.id !== block.id || same.span.start !== block.span.start + delta) break;
      blockFacts.push(movedBlockFacts(blockFact, lines));
    }
    if (blockFacts.length === before.length && now.length === before.length) statements.set(index, { ...statement, blockFacts });
  }
  const moduleBlock = previous.blocks.find((block) => block.kind === "module");
  const moduleFacts = moduleBlock && previousFacts.get(moduleBlock.id);
  return {
    statements,
    lists: { imports: facts.imports, values: logs.values, classes: facts.classes, references: moduleFacts?.references ?? [], locals: moduleFacts?.locals ?? [] },
  };
}
