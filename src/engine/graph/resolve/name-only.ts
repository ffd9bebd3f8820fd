import { namespacesInScope } from "./csharp-scope.js";
import type { MemberHit, RepoIndex } from "./repo-index.js";
import type { Resolver } from "./resolver.js";

/** More candidates than this means the name says too little: no edge at all. */
const MAX_CANDIDATES = 3;

/** Files whose classes are plausible receivers in `file`: itself and the files it imports. */
function plausibleFiles(index: RepoIndex, file: string): Set<string> {
  const files = new Set([file]);
  for (const fact of index.factsOf(file)?.imports ?? []) {
    const target = index.resolveModule(fact.specifier, file);
    if (target) files.add(target);
  }
  return files;
}

/** C# imports namespaces, not files: the plausible classes are the types of the namespaces in scope. */
function csharpCandidates(index: RepoIndex, file: string, name: string): MemberHit[] {
  const key = `${file}\u0000${name}`;
  const memo = index.memo.nameOnly.get(key);
  if (memo) return memo;
  const candidates: MemberHit[] = [];
  for (const namespace of namespacesInScope(index, file)) {
    for (const ids of index.namespaces.get(namespace)?.values() ?? []) {
      for (const id of ids) {
        const found = index.classes.get(id)?.members.find((candidate) => candidate.name === name && candidate.kind !== "constructor");
        if (found) candidates.push({ classId: id, member: found });
      }
    }
  }
  const result = candidates.length <= MAX_CANDIDATES ? candidates : [];
  index.memo.nameOnly.set(key, result);
  return result;
}

/**
 * Members named `name` of classes declared in plausible files, for a receiver whose type is
 * unknown. Empty when there are too many to be useful.
 */
export function nameOnlyCandidates(r: Resolver, file: string, name: string): MemberHit[] {
  const { index } = r;
  if (index.files.get(file)?.language === "csharp") return csharpCandidates(index, file, name);
  const key = `${file}\u0000${name}`;
  const memo = index.memo.nameOnly.get(key);
  if (memo) return memo;
  const candidates: MemberHit[] = [];
  for (const path of plausibleFiles(index, file)) {
    for (const fact of index.factsOf(path)?.classes ?? []) {
      const found = fact.members.find((candidate) => candidate.name === name && candidate.kind !== "constructor");
      if (found) candidates.push({ classId: fact.blockId, member: found });
    }
  }
  const result = candidates.length <= MAX_CANDIDATES ? candidates : [];
  index.memo.nameOnly.set(key, result);
  return result;
}
