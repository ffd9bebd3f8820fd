import type { ParsedFile } from "../../model/block.js";
import type { SyntaxNode, SyntaxNodes } from "../../parse/syntax-node.js";
import { changedRange, movedBy, type ChangedRange } from "../../parse/text-edit.js";
import { statementLogs, type StatementLog } from "./facts/statement-logs.js";

/** A top-level statement that a new version of a file has unchanged. */
export interface ReusedStatement {
  /** How the previous version's walk read it. */
  log: StatementLog;
  /** Characters and lines it moved. */
  delta: number;
  lines: number;
}

/** What an edit left of the previous version's statements. */
interface Reuse {
  /** What the edit changed (empty at the end when the texts are the same). */
  edit: ChangedRange;
  statements: ReadonlyMap<number, ReusedStatement>;
}

const NONE: Reuse = { edit: { start: 0, oldEnd: 0, newEnd: 0 }, statements: new Map() };
const found = new WeakMap<SyntaxNodes, { previous: ParsedFile; reuse: Reuse }>();

/**
 * The top-level statements of `root` (by node index) that the previous version has word for word,
 * parsed as the same node (same type, same span, moved by what the edit added or removed before
 * it): wholly before or after the edited text. Their definitions and facts are the previous ones,
 * moved. None when either version has a syntax error (one can change how the same text parses), or
 * the previous version's facts were read without statement logs. Found once per tree.
 */
export function reusedStatements(root: SyntaxNode, previous: ParsedFile | undefined): ReadonlyMap<number, ReusedStatement> {
  return reuseOf(root, previous).statements;
}

/** What the edit from `previous` changed; undefined when nothing of it can be taken over (see reusedStatements). */
export function editFrom(root: SyntaxNode, previous: ParsedFile | undefined): ChangedRange | undefined {
  const reuse = reuseOf(root, previous);
  return reuse === NONE ? undefined : reuse.edit;
}

function reuseOf(root: SyntaxNode, previous: ParsedFile | undefined): Reuse {
  if (!previous) return NONE;
  const cached = found.get(root.tree);
  if (cached?.previous === previous) return cached.reuse;
  const reuse = find(root, previous);
  found.set(root.tree, { previous, reuse });
  return reuse;
}

function find(root: SyntaxNode, previous: ParsedFile): Reuse {
  const logs = statementLogs(previous.facts);
  if (!logs || previous.problems.length > 0 || root.hasError) return NONE;
  const text = root.tree.source;
  const edit = changedRange(previous.text, text) ?? { start: text.length, oldEnd: text.length, newEnd: text.length };
  const reused = new Map<number, ReusedStatement>();
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const { startIndex: start, endIndex: end } = statement;
    const delta = movedBy(edit, start, end);
    if (delta === undefined) continue;
    const index = logs.indexAt(start - delta);
    const log = index >= 0 ? logs.statement(index) : undefined;
    if (log?.end !== end - delta || log.type !== statement.type) continue;
    reused.set(statement.index, { log, delta, lines: statement.startPosition.row + 1 - log.line });
  }
  return { edit, statements: reused };
}
