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

/**
 * Members named `name` of classes declared in plausible files, for a receiver whose type is
 * unknown. Empty when there are too many to be useful.
 */
export function nameOnlyCandidates(r: Resolver, file: string, name: string): MemberHit[] {
  const { index } = r;
  const candidates: MemberHit[] = [];
  for (const path of plausibleFiles(index, file)) {
    for (const fact of index.factsOf(path)?.classes ?? []) {
      const found = fact.members.find((candidate) => candidate.name === name && candidate.kind !== "constructor");
      if (found) candidates.push({ classId: fact.blockId, member: found });
    }
  }
  return candidates.length <= MAX_CANDIDATES ? candidates : [];
}
