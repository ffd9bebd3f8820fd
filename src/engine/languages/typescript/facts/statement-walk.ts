import type { Language } from "web-tree-sitter";
import { ERROR_TYPE } from "../../../parse/flat-tree.js";
import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { movedFact } from "../../../graph/moved-facts.js";
import type { BlockScopes } from "./block-scopes.js";
import type { ClassCollector } from "./class-collector.js";
import type { FileCollector } from "./file-collector.js";
import type { Scope } from "./scope.js";
import type { ListLengths, MemberLog, StatementLogs } from "./statement-logs.js";
import type { TakenOverMember } from "./taken-over-statements.js";
import type { Handler, Walker } from "./walker.js";
import { visitChildren } from "./walker.js";
import { reverseFrom } from "../../reverse-from.js";

/** The handlers and skipped node types of one grammar, by type id (looked up per node: ids are cheaper than names). */
interface Dispatch {
  handlers: (Handler | undefined)[];
  skipped: Uint8Array;
}

/** Dispatch tables by handler set and grammar, made once. */
const dispatches = new WeakMap<Readonly<Record<string, Handler>>, WeakMap<Language, Dispatch>>();

/** A class member being walked: where its walk began, to log what it added (see MemberLog). */
interface OpenMember {
  node: SyntaxNode;
  classCollector: ClassCollector;
  /** The work list's length when it was taken from it: its walk is over when the list is that short again. */
  base: number;
  lengths: ListLengths;
  counts: { methods: number; fields: number };
}

function sameLengths(a: ListLengths, b: ListLengths): boolean {
  return a.imports === b.imports && a.values === b.values && a.classes === b.classes && a.references === b.references && a.locals === b.locals;
}

/** Moves a member log `delta` characters and `lines` lines. */
export function movedMemberLog(log: MemberLog, delta: number, lines: number): MemberLog {
  if (delta === 0 && lines === 0) return log;
  const part = lines === 0 ? log.part : { methods: log.part.methods.map((fact) => movedFact(fact, lines)), fields: log.part.fields.map(({ rank, fact }) => ({ rank, fact: movedFact(fact, lines) })) };
  return { ...log, start: log.start + delta, end: log.end + delta, line: log.line + lines, part };
}

/**
 * Walks a top-level statement node by node, each handed to its handler (or `skipped`), with an
 * explicit work list so deep nesting cannot exhaust the call stack. A member of a class that is a
 * block of its own is walked as a unit and logged into the statement's log; given `takeOver`, a
 * member the previous version had unchanged is not walked: its part is taken over.
 */
export class StatementWalk {
  readonly walker: Walker;
  // The work list as two parallel stacks; a handler's visits are pushed in source order, then reversed in place.
  private readonly nodes: SyntaxNode[] = [];
  private readonly nodeScopes: Scope[] = [];
  /** Node indexes of the class members visited (Walker.visitMember). */
  private readonly members = new Set<number>();
  private open: OpenMember | undefined;

  constructor(
    private readonly collector: FileCollector,
    private readonly scopes: BlockScopes,
    private readonly handlers: Readonly<Record<string, Handler>>,
    private readonly skipped: ReadonlySet<string>,
  ) {
    const visit = (node: SyntaxNode | null | undefined, scope: Scope): void => {
      if (!node) return;
      this.nodes.push(node);
      this.nodeScopes.push(scope);
    };
    this.walker = {
      file: collector,
      visit,
      visitMember: (node, scope) => {
        this.members.add(node.index);
        visit(node, scope);
      },
      claims: (node, scope, peek = false) => scopes.claims(node, scope, peek),
    };
  }

  walk(statement: SyntaxNode, scope: Scope, logs: StatementLogs, takeOver?: (member: SyntaxNode) => TakenOverMember | undefined): void {
    const { nodes, nodeScopes } = this;
    const { types, language } = statement.tree.flat;
    const { handlers, skipped } = this.dispatchOf(language);
    this.walker.visit(statement, scope);
    while (nodes.length > 0) {
      if (this.open && nodes.length <= this.open.base) this.close(logs);
      const next = nodes.pop() as SyntaxNode;
      const outer = nodeScopes.pop() as Scope;
      const type = types[next.index] as number;
      if (skipped[type]) continue;
      if (!this.open && this.members.has(next.index) && this.beginMember(next, outer, logs, takeOver)) continue;
      const first = nodes.length;
      const inner = this.scopes.enter(next, outer);
      const handler = handlers[type];
      if (handler) handler(next, inner, this.walker);
      else visitChildren(this.walker, next, inner);
      reverseFrom(nodes, first);
      reverseFrom(nodeScopes, first);
    }
    if (this.open) this.close(logs);
  }

  private dispatchOf(language: Language): Dispatch {
    let byLanguage = dispatches.get(this.handlers);
    if (!byLanguage) {
      byLanguage = new WeakMap();
      dispatches.set(this.handlers, byLanguage);
    }
    let dispatch = byLanguage.get(language);
    if (!dispatch) {
      const handlers: (Handler | undefined)[] = [];
      const skipped = new Uint8Array(ERROR_TYPE + 1);
      language.types.forEach((name, id) => {
        handlers[id] = this.handlers[name];
        if (this.skipped.has(name)) skipped[id] = 1;
      });
      dispatch = { handlers, skipped };
      byLanguage.set(language, dispatch);
    }
    return dispatch;
  }

  /**
   * A class member taken from the work list: taken over (true), or opened to be walked and logged
   * (when it is a block of its own: then nothing outside it writes to its block's facts).
   */
  private beginMember(node: SyntaxNode, scope: Scope, logs: StatementLogs, takeOver: ((member: SyntaxNode) => TakenOverMember | undefined) | undefined): boolean {
    const classCollector = scope.classCollector;
    if (!classCollector || !this.scopes.blockSpannedBy(node, scope)) return false;
    const taken = takeOver?.(node);
    if (taken) {
      const { log, delta, lines } = taken;
      const moved = movedMemberLog(log, delta, lines);
      for (const fact of moved.part.methods) classCollector.addMember(fact);
      for (const { rank, fact } of moved.part.fields) classCollector.addField(rank, fact);
      for (const write of log.elementTypes) if (write.kind === "element") classCollector.elementTypes.replay(write.name, write.type);
      for (const blockFacts of taken.blockFacts) this.collector.adoptFacts(blockFacts);
      logs.addMember(moved);
      return true;
    }
    classCollector.watch.begin();
    this.open = { node, classCollector, base: this.nodes.length, lengths: this.collector.lengths(), counts: classCollector.counts() };
    return false;
  }

  private close(logs: StatementLogs): void {
    const { node, classCollector, lengths, counts } = this.open as OpenMember;
    this.open = undefined;
    logs.addMember({
      start: node.startIndex,
      end: node.endIndex,
      type: node.type,
      line: node.startPosition.row + 1,
      reusable: !classCollector.watch.read && sameLengths(lengths, this.collector.lengths()),
      part: classCollector.partSince(counts),
      // (An empty list is the watch's own, which the next member's writes would go to.)
      elementTypes: classCollector.watch.writes.length > 0 ? classCollector.watch.writes : [],
    });
  }
}
