import type { BlockFacts } from "../../../graph/facts.js";
import { movedBlockFacts } from "../../../graph/moved-facts.js";
import type { ParsedFile } from "../../../model/block.js";
import { blocksStartingIn } from "../../../model/blocks-starting-in.js";
import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { movedBy, type ChangedRange } from "../../../parse/text-edit.js";
import { editFrom, reusedStatements, type ReusedStatement } from "../reused-statements.js";
import type { FactLists } from "./file-collector.js";
import { statementLogs, type MemberLog, type StatementLogs } from "./statement-logs.js";

/** A statement whose facts are the previous version's, with those of the blocks in it (moved). */
export interface TakenOverStatement extends ReusedStatement {
  blockFacts: BlockFacts[];
}

/** A class member whose part of the facts is the previous version's, with those of the blocks in it (moved). */
export interface TakenOverMember {
  log: MemberLog;
  /** Characters and lines it moved. */
  delta: number;
  lines: number;
  blockFacts: BlockFacts[];
}

/**
 * What a new version of a file takes over from the previous one (see reusedStatements): the
 * unchanged top-level statements whose walk read nothing other statements write, and whose blocks
 * kept their ids (a block added before a same-named one renames it `#2`, and facts name their
 * blocks); and, in the statement the edit is in, the members of a class that the edit left alone.
 */
export class TakenOver {
  readonly statements = new Map<number, TakenOverStatement>();
  readonly lists: FactLists;
  private readonly previousFacts: Map<string, BlockFacts>;

  private constructor(
    private readonly file: ParsedFile,
    private readonly previous: ParsedFile,
    private readonly logs: StatementLogs,
    private readonly edit: ChangedRange,
    root: SyntaxNode,
  ) {
    const facts = previous.facts as NonNullable<ParsedFile["facts"]>;
    this.previousFacts = new Map(facts.blocks.map((blockFacts) => [blockFacts.blockId, blockFacts]));
    for (const [index, statement] of reusedStatements(root, previous)) {
      if (!statement.log.reusable) continue;
      const blockFacts = this.blockFacts(statement.log.start, statement.log.end, statement.delta, statement.lines);
      if (blockFacts) this.statements.set(index, { ...statement, blockFacts });
    }
    const moduleBlock = previous.blocks.find((block) => block.kind === "module");
    const moduleFacts = moduleBlock && this.previousFacts.get(moduleBlock.id);
    this.lists = { imports: facts.imports, values: this.logs.values, classes: facts.classes, references: moduleFacts?.references ?? [], locals: moduleFacts?.locals ?? [] };
  }

  /** Undefined when nothing can be taken over (no previous version, or one of them has a syntax error). */
  static of(file: ParsedFile, root: SyntaxNode, previous: ParsedFile | undefined): TakenOver | undefined {
    const logs = statementLogs(previous?.facts);
    const edit = editFrom(root, previous);
    return previous && logs && edit ? new TakenOver(file, previous, logs, edit, root) : undefined;
  }

  /**
   * The members of the statement's classes that the new version takes over, by node: when the edit
   * lies inside one member of the previous version's statement (its header, and so its type
   * parameters, unchanged), each other member the new statement has unchanged (same span, moved;
   * same node type) whose walk read no element type of its class, and whose blocks kept their ids.
   */
  membersOf(statement: SyntaxNode): ((member: SyntaxNode) => TakenOverMember | undefined) | undefined {
    const { edit } = this;
    if (statement.startIndex >= edit.start) return undefined;
    const index = this.logs.indexAt(statement.startIndex);
    if (index < 0 || this.logs.statement(index).type !== statement.type) return undefined;
    const members = this.logs.membersOf(index);
    if (!members.some((log) => log.start < edit.start && edit.oldEnd < log.end)) return undefined;
    const byStart = new Map(members.map((log) => [log.start, log]));
    return (member) => {
      const { startIndex: start, endIndex: end } = member;
      const delta = movedBy(edit, start, end);
      const log = delta === undefined ? undefined : byStart.get(start - delta);
      if (delta === undefined || !log?.reusable || log.end !== end - delta || log.type !== member.type) return undefined;
      const lines = member.startPosition.row + 1 - log.line;
      const blockFacts = this.blockFacts(log.start, log.end, delta, lines);
      return blockFacts && { log, delta, lines, blockFacts };
    };
  }

  /** The member logs of a statement taken over (by its previous log's index). */
  previousMembers(index: number): readonly MemberLog[] {
    return this.logs.membersOf(index);
  }

  /** The previous facts of the blocks in [start, end), moved; undefined when the new version's blocks there are not the same. */
  private blockFacts(start: number, end: number, delta: number, lines: number): BlockFacts[] | undefined {
    const now = blocksStartingIn(this.file.blocks, start + delta, end + delta);
    const before = blocksStartingIn(this.previous.blocks, start, end);
    if (now.length !== before.length) return undefined;
    const blockFacts: BlockFacts[] = [];
    for (const [position, block] of before.entries()) {
      const same = now[position];
      const facts = this.previousFacts.get(block.id);
      if (!facts || same?.id !== block.id || same.span.start !== block.span.start + delta) return undefined;
      blockFacts.push(movedBlockFacts(facts, lines));
    }
    return blockFacts;
  }
}
