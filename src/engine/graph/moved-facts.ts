import type { BlockFacts, ClassFact } from "./facts.js";

/**
 * Facts of definitions that a new version of a file takes over from the previous one, moved by the
 * lines they moved (the same objects when they did not move: facts are never changed once made).
 */

/** A fact with a line, moved `delta` lines down. */
export function movedFact<T extends { line: number }>(fact: T, delta: number): T {
  return delta === 0 ? fact : { ...fact, line: fact.line + delta };
}

export function movedBlockFacts(facts: BlockFacts, delta: number): BlockFacts {
  return delta === 0 ? facts : { ...facts, references: facts.references.map((reference) => movedFact(reference, delta)) };
}

export function movedClassFact(fact: ClassFact, delta: number): ClassFact {
  return delta === 0 ? fact : { ...fact, members: fact.members.map((member) => movedFact(member, delta)) };
}

/** A class's facts as a file's facts list them: a collector during the walk, or a class taken over. */
export interface ClassSource {
  toFact(): ClassFact;
}

/** A class taken over `delta` lines further down (its facts are read once the walk is over). */
export function movedClass(source: ClassSource, delta: number): ClassSource {
  if (delta === 0) return source;
  let fact: ClassFact | undefined;
  return {
    toFact: () => {
      fact ??= movedClassFact(source.toFact(), delta);
      return fact;
    },
  };
}
