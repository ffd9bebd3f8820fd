import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { BlockFacts } from "../../../graph/facts.js";
import type { Block, ParsedFile } from "../../../model/block.js";

/**
 * The blocks of one file by the syntax node they were cut from (a definition block spans exactly
 * its declaration node, see ../raw-definition.ts), each with the BlockFacts its text fills.
 */
export class DefinitionBlocks {
  readonly module: Block | undefined;
  /** One BlockFacts per block, in the file's block order. */
  readonly facts: BlockFacts[];
  private readonly bySpan = new Map<string, Block>();
  private readonly factsById = new Map<string, BlockFacts>();

  constructor(file: ParsedFile) {
    this.module = file.blocks.find((block) => block.kind === "module");
    this.facts = file.blocks.map((block) => ({ blockId: block.id, locals: [], references: [] }));
    for (const [index, block] of file.blocks.entries()) {
      const facts = this.facts[index];
      if (facts) this.factsById.set(block.id, facts);
      if (block.kind !== "module") this.bySpan.set(`${block.span.start}:${block.span.end}`, block);
    }
  }

  /** The block cut from this declaration node, if it is one. */
  at(node: SyntaxNode): Block | undefined {
    return this.bySpan.get(`${node.startIndex}:${node.endIndex}`);
  }

  factsOf(block: Block): BlockFacts {
    const facts = this.factsById.get(block.id);
    if (!facts) throw new Error(`no BlockFacts for ${block.id}`);
    return facts;
  }
}
