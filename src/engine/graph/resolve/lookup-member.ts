import type { MemberHit, RepoIndex } from "./repo-index.js";
import type { Resolver } from "./resolver.js";

/** The parts of a class: itself, plus the other parts of a C# partial class. */
export function classParts(index: RepoIndex, classId: string): string[] {
  const fact = index.classes.get(classId);
  if (fact?.namespace === undefined) return [classId];
  return index.namespaces.get(fact.namespace)?.get(fact.name) ?? [classId];
}

/** The resolved base classes (and interfaces) of a class, in declaration order. */
export function baseClasses(r: Resolver, classId: string): string[] {
  const { index } = r;
  const bases: string[] = [];
  for (const part of classParts(index, classId)) {
    const fact = index.classes.get(part);
    const file = index.blocks.get(part)?.file;
    if (!fact || !file) continue;
    for (const base of fact.bases) {
      const value = r.resolveType(file, base, "class");
      if (value.kind === "class" && value.classId !== classId && !bases.includes(value.classId)) bases.push(value.classId);
    }
  }
  return bases;
}

/**
 * True when the class or one of its ancestors names a base that is not a class of the repository
 * (`unittest.TestCase`, `Exception`, `React.Component`): a member it lacks comes from outside.
 */
export function inheritsFromOutside(r: Resolver, classId: string, seen = new Set<string>()): boolean {
  if (seen.has(classId)) return false;
  seen.add(classId);
  for (const part of classParts(r.index, classId)) {
    const fact = r.index.classes.get(part);
    const file = r.index.blocks.get(part)?.file;
    if (!fact || !file) continue;
    for (const base of fact.bases) {
      const value = r.resolveType(file, base, "class");
      if (value.kind !== "class" || inheritsFromOutside(r, value.classId, seen)) return true;
    }
  }
  return false;
}

/** A member declared by the class itself (any part), not inherited. */
export function ownMember(r: Resolver, classId: string, name: string): MemberHit | undefined {
  for (const part of classParts(r.index, classId)) {
    const member = r.index.classes.get(part)?.members.find((candidate) => candidate.name === name);
    if (member) return { classId: part, member };
  }
  return undefined;
}

/** A member of the class or, depth first in declaration order, of its bases (Python's MRO for single chains). */
export function lookupMember(r: Resolver, classId: string, name: string): MemberHit | undefined {
  const { index } = r;
  const memo = index.memo.members.get(classId, name);
  if (memo !== undefined) return memo ?? undefined;
  index.memo.members.set(classId, name, null);
  let hit = ownMember(r, classId, name);
  if (!hit) {
    for (const base of r.baseClasses(classId)) {
      hit = r.lookupMember(base, name);
      if (hit) break;
    }
  }
  index.memo.members.set(classId, name, hit ?? null);
  return hit;
}

/** A class nested in `classId` by name (`Outer.Inner`), as its block id. */
export function nestedClass(r: Resolver, classId: string, name: string): string | undefined {
  const { index } = r;
  const block = index.blocks.get(classId);
  if (!block) return undefined;
  const nested = index.blocks.get(`${block.file}::${block.symbol}.${name}`);
  return nested && index.classes.has(nested.id) ? nested.id : undefined;
}
