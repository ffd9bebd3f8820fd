import type { MemberFact } from "./facts.js";

/** Where a field was found, best first (0: declared in the class body; 1: assigned in the constructor; 2: elsewhere). */
export type FieldRank = 0 | 1 | 2;

/** One field occurrence as a fact extractor found it, in walk order. */
export interface RankedField {
  rank: FieldRank;
  order: number;
  fact: MemberFact;
}

/**
 * A class's members for its ClassFact: the methods first, then one field per name that is no
 * method — in rank order, the first with a declared type, else the first with a value, else the first.
 */
export function mergeMembers(methods: readonly MemberFact[], fields: readonly RankedField[]): MemberFact[] {
  const methodNames = new Set(methods.map((member) => member.name));
  const ordered = [...fields].sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.fact);
  const byName = new Map<string, MemberFact>();
  for (const fact of ordered) {
    if (methodNames.has(fact.name)) continue;
    const chosen = byName.get(fact.name);
    if (!chosen || (!chosen.type && (fact.type || (!chosen.value && fact.value)))) byName.set(fact.name, fact);
  }
  return [...methods, ...byName.values()];
}
