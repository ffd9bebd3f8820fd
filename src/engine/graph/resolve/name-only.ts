import { namespacesInScope } from "./csharp-scope.js";
import type { MemberHit, RepoIndex } from "./repo-index.js";
import type { Resolver } from "./resolver.js";

/** More candidates than this means the name says too little: no edge at all. */
const MAX_CANDIDATES = 3;

/** Files whose classes are plausible receivers in `file`: itself and the files it imports. */
function plausibleFiles(index: RepoIndex, file: string): ReadonlySet<string> {
  const memo = index.memo.plausibleFiles.get(file);
  if (memo) return memo;
  const files = new Set([file]);
  for (const fact of index.factsOf(file)?.imports ?? []) {
    const target = index.resolveModule(fact.specifier, file);
    if (target) files.add(target);
  }
  index.memo.plausibleFiles.set(file, files);
  return files;
}

/** For each member name, the first member of that name (constructors aside) of each class the file declares, in class order. */
function membersByName(index: RepoIndex, file: string): ReadonlyMap<string, readonly MemberHit[]> {
  const memo = index.memo.membersByName.get(file);
  if (memo) return memo;
  const byName = new Map<string, MemberHit[]>();
  for (const fact of index.factsOf(file)?.classes ?? []) {
    const seen = new Set<string>();
    for (const member of fact.members) {
      if (member.kind === "constructor" || seen.has(member.name)) continue;
      seen.add(member.name);
      const hits = byName.get(member.name);
      if (hits) hits.push({ classId: fact.blockId, member });
      else byName.set(member.name, [{ classId: fact.blockId, member }]);
    }
  }
  index.memo.membersByName.set(file, byName);
  return byName;
}

/** C# imports namespaces, not files: the plausible classes are the types of the namespaces in scope. */
function csharpCandidates(index: RepoIndex, file: string, name: string): MemberHit[] {
  const memo = index.memo.nameOnly.get(file, name);
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
  index.memo.nameOnly.set(file, name, result);
  return result;
}

/**
 * Members named `name` of classes declared in plausible files, for a receiver whose type is
 * unknown. Empty when there are too many to be useful.
 */
export function nameOnlyCandidates(r: Resolver, file: string, name: string): MemberHit[] {
  const { index } = r;
  if (index.files.get(file)?.language === "csharp") return csharpCandidates(index, file, name);
  const memo = index.memo.nameOnly.get(file, name);
  if (memo) return memo;
  const candidates: MemberHit[] = [];
  for (const path of plausibleFiles(index, file)) candidates.push(...(membersByName(index, path).get(name) ?? []));
  const result = candidates.length <= MAX_CANDIDATES ? candidates : [];
  index.memo.nameOnly.set(file, name, result);
  return result;
}
