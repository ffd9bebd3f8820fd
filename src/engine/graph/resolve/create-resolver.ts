import { evaluatePath } from "./evaluate-path.js";
import { lookupExport, lookupGlobal } from "./lookup-global.js";
import { baseClasses, lookupMember, nestedClass, ownMember } from "./lookup-member.js";
import { nameOnlyCandidates } from "./name-only.js";
import type { RepoIndex } from "./repo-index.js";
import type { Resolver } from "./resolver.js";
import { resolveType } from "./resolve-type.js";

/** Wires the resolution operations over one repository index. */
export function createResolver(index: RepoIndex): Resolver {
  const resolver: Resolver = {
    index,
    lookupGlobal: (file, name, depth) => lookupGlobal(resolver, file, name, depth),
    lookupExport: (file, name, depth) => lookupExport(resolver, file, name, depth),
    resolveType: (file, typeName, as) => resolveType(resolver, file, typeName, as),
    lookupMember: (classId, name) => lookupMember(resolver, classId, name),
    ownMember: (classId, name) => ownMember(resolver, classId, name),
    baseClasses: (classId) => baseClasses(resolver, classId),
    nestedClass: (classId, name) => nestedClass(resolver, classId, name),
    evaluate: (ctx, path, depth, emit) => evaluatePath(resolver, ctx, path, depth, emit),
    nameOnlyCandidates: (file, name) => nameOnlyCandidates(resolver, file, name),
  };
  return resolver;
}
