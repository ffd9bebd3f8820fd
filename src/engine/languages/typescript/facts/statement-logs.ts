import type { FileFacts, ValueFact } from "../../../graph/facts.js";
import type { ClassPart } from "./class-collector.js";
import type { WatchedWrite } from "./watched-names.js";
import { lowerBound } from "../../../model/lower-bound.js";

/** The lists of a file's facts that walking its top-level statements appends to, in a fixed order. */
export interface ListLengths {
  imports: number;
  values: number;
  classes: number;
  /** References and locals of the `<module>` block (text between definitions, module-level callbacks). */
  references: number;
  locals: number;
}

/** One top-level statement as the walk read it. */
export interface StatementLog {
  /** Its place among the file's statements. */
  index: number;
  /** Its span in that version of the file (string offsets), and its node type. */
  start: number;
  end: number;
  type: string;
  /** The 1-based line it starts on. */
  line: number;
  /** False when its walk read what other statements write (see WatchedWrite): its facts may depend on them. */
  reusable: boolean;
  /** What its walk added to each list: `[from, to)`. */
  from: ListLengths;
  to: ListLengths;
  writes: readonly WatchedWrite[];
}

/**
 * One member of a class (a method, constructor, accessor or signature that is a block of its
 * own) as the walk of its statement read it: when an edit changes another member of the same
 * class only, the next version takes its part over instead of walking it again.
 */
export interface MemberLog {
  start: number;
  end: number;
  type: string;
  line: number;
  /**
   * False when its walk read element types of its class, which other members write, or added to
   * the file's lists (a class or a `require` inside a method: the member is not taken over alone).
   */
  reusable: boolean;
  /** What it added to its class, and the element types it wrote on it (constructor parameter properties). */
  part: ClassPart;
  elementTypes: readonly WatchedWrite[];
}

const NO_WRITES: readonly WatchedWrite[] = [];
const NO_MEMBERS: readonly MemberLog[] = [];

/**
 * How the walk of a file read each of its top-level statements, kept with the file's facts: when
 * the next version has the same statement (same text, same node, only moved), its part of the
 * facts is taken over instead of walked again. The walk reads the statements one after the other,
 * so each statement's part of a list is one stretch, which ends where the next statement's begins.
 * Kept as flat lists of numbers: the graph keeps the logs of every file.
 */
export class StatementLogs {
  /** start, end, line and reusable (1 or 0) of each statement. */
  private readonly spans: number[] = [];
  /** The lengths of the lists (ListLengths order) before each statement, and after the last. */
  private readonly boundaries: number[] = [];
  private readonly types: string[] = [];
  private readonly writes = new Map<number, readonly WatchedWrite[]>();
  private readonly members = new Map<number, MemberLog[]>();

  /** `values` is every module value bound, in order, before one per name was chosen. */
  constructor(readonly values: readonly ValueFact[]) {}

  /** Starts the log of the next statement: what the lists hold before its walk. */
  begin(start: number, end: number, type: string, line: number, lengths: ListLengths): void {
    this.spans.push(start, end, line, 0);
    if (this.types.length === 0) this.pushBoundary(lengths);
    this.types.push(type);
  }

  /** Ends the statement's log: what the lists hold after its walk, and what it wrote. */
  end(lengths: ListLengths, reusable: boolean, writes: readonly WatchedWrite[]): void {
    const index = this.types.length - 1;
    this.spans[index * 4 + 3] = reusable ? 1 : 0;
    if (writes.length > 0) this.writes.set(index, writes);
    this.pushBoundary(lengths);
  }

  /** Adds the log of a class member to the statement being logged. */
  addMember(log: MemberLog): void {
    const index = this.types.length - 1;
    const members = this.members.get(index);
    if (members) members.push(log);
    else this.members.set(index, [log]);
  }

  /** The members logged in a statement, in the order they were walked (source order). */
  membersOf(index: number): readonly MemberLog[] {
    return this.members.get(index) ?? NO_MEMBERS;
  }

  /** The index of the statement that starts at `start`; -1 when none does. */
  indexAt(start: number): number {
    const index = lowerBound(this.types.length, (at) => this.spans[at * 4] as number, start);
    return this.spans[index * 4] === start ? index : -1;
  }

  statement(index: number): StatementLog {
    const at = (offset: number): number => this.spans[index * 4 + offset] as number;
    return {
      index,
      start: at(0),
      end: at(1),
      type: this.types[index] as string,
      line: at(2),
      reusable: at(3) === 1,
      from: this.boundary(index),
      to: this.boundary(index + 1),
      writes: this.writes.get(index) ?? NO_WRITES,
    };
  }

  private pushBoundary(lengths: ListLengths): void {
    this.boundaries.push(lengths.imports, lengths.values, lengths.classes, lengths.references, lengths.locals);
  }

  private boundary(index: number): ListLengths {
    const at = (offset: number): number => this.boundaries[index * 5 + offset] as number;
    return { imports: at(0), values: at(1), classes: at(2), references: at(3), locals: at(4) };
  }
}

const logs = new WeakMap<FileFacts, StatementLogs>();

/** The statement logs of a file, kept with the facts they were read into (none for a file with a syntax error). */
export function statementLogs(facts: FileFacts | undefined): StatementLogs | undefined {
  return facts && logs.get(facts);
}

export function keepStatementLogs(facts: FileFacts, statements: StatementLogs): void {
  logs.set(facts, statements);
}
