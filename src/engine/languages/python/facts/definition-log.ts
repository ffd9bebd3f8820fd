import type { FileFacts, ImportFact, MemberFact, ValueFact } from "../../../graph/facts.js";
import type { FieldRank } from "../../../graph/merge-members.js";
import { movedClass, movedFact, type ClassSource } from "../../../graph/moved-facts.js";

/** What walking a definition did beyond its own blocks' facts, in the order it happened. */
export type Effect =
  | { kind: "imports"; facts: readonly ImportFact[] }
  | { kind: "value"; fact: ValueFact }
  | { kind: "class"; source: ClassSource }
  /** On the class the definition is a member of: */
  | { kind: "member"; fact: MemberFact }
  | { kind: "field"; rank: FieldRank; fact: MemberFact }
  | { kind: "annotation"; name: string; annotation: string };

/**
 * The walk of one definition that is a block of the module or a member of a class, kept with the
 * file's facts: when the next version of the file has the same definition (same text, same block,
 * same class annotations known before it), its facts are these, moved by the lines it moved.
 */
export interface DefinitionLog {
  /** Its text, decorators included. */
  text: string;
  /** 1-based line it starts on. */
  line: number;
  /** The class it is a member of, and that class's field annotations when its walk began (`[name, annotation]`). */
  classId?: string;
  annotations: readonly (readonly [string, string])[];
  effects: Effect[];
}

const logs = new WeakMap<FileFacts, ReadonlyMap<string, DefinitionLog>>();

/** The logs of a file's definitions by block id, kept with the facts they were walked into. */
export function definitionLogs(facts: FileFacts | undefined): ReadonlyMap<string, DefinitionLog> | undefined {
  return facts && logs.get(facts);
}

export function keepDefinitionLogs(facts: FileFacts, byBlock: ReadonlyMap<string, DefinitionLog>): void {
  logs.set(facts, byBlock);
}

/** The effect moved `delta` lines down. */
export function movedEffect(effect: Effect, delta: number): Effect {
  if (delta === 0) return effect;
  switch (effect.kind) {
    case "imports":
      return { kind: "imports", facts: effect.facts.map((fact) => movedFact(fact, delta)) };
    case "value":
      return { kind: "value", fact: movedFact(effect.fact, delta) };
    case "class":
      return { kind: "class", source: movedClass(effect.source, delta) };
    case "member":
      return { kind: "member", fact: movedFact(effect.fact, delta) };
    case "field":
      return { kind: "field", rank: effect.rank, fact: movedFact(effect.fact, delta) };
    case "annotation":
      return effect;
  }
}
