import type { BlockFacts, ClassFact, Reference } from "./facts.js";

/**
 * Facts of definitions that a new version of a file takes over from the previous one, moved by the
 * lines they moved (the same objects when they did not move: facts are never changed once made).
 */

/** A fact with a line, moved `delta` lines down. */
export function movedFact<T extends { line: number }>(fact: T, delta: number): T {
  return delta === 0 ? fact : { ...fact, line: fact.line + delta };
}

/** Block facts made by movedBlockFacts: the facts they are, and how many lines down. */
const origins = new WeakMap<BlockFacts, { origin: BlockFacts; lines: number }>();

/**
 * A block's facts moved `delta` lines down. The references are moved when first read: a file
 * reread after an edit takes over the facts of every block after it, and most are never read
 * again (their edges are moved, not resolved again: see linesBetween). Facts moved again are
 * moved from the facts they were made from.
 */
export function movedBlockFacts(facts: BlockFacts, delta: number): BlockFacts {
  if (delta === 0) return facts;
  const made = origins.get(facts);
  const origin = made?.origin ?? facts;
  const lines = (made?.lines ?? 0) + delta;
  if (lines === 0) return origin;
  let references: Reference[] | undefined;
  const moved: BlockFacts = {
    blockId: origin.blockId,
    locals: origin.locals,
    get references(): Reference[] {
      references ??= origin.references.map((reference) => movedFact(reference, lines));
      return references;
    },
  };
  // The other keys in the origin's order, so that moved facts serialise as facts made in place do.
  for (const key of Object.keys(origin) as (keyof BlockFacts)[]) {
    if (key !== "blockId" && key !== "locals" && key !== "references") Object.assign(moved, { [key]: origin[key] });
  }
  origins.set(moved, { origin, lines });
  return moved;
}

/** How many lines down `after` is `before` moved (see movedBlockFacts); undefined when they are not the same facts. */
export function linesBetween(before: BlockFacts, after: BlockFacts): number | undefined {
  const from = origins.get(before);
  const to = origins.get(after);
  if ((from?.origin ?? before) !== (to?.origin ?? after)) return undefined;
  return (to?.lines ?? 0) - (from?.lines ?? 0);
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
