import type { MemberHit, RepoIndex } from "./repo-index.js";
import type { Resolver } from "./resolver.js";

const GLOBAL_USINGS = "\u0000global";

/** Namespaces named by a `global using` anywhere in the repository (they apply to every file). */
function globalUsings(index: RepoIndex): string[] {
  const memo = index.memo.scopes.get(GLOBAL_USINGS);
  if (memo) return memo;
  const namespaces = new Set<string>();
  for (const file of index.files.values()) {
    for (const fact of file.facts?.imports ?? []) if (fact.global && fact.kind === "namespace") namespaces.add(fact.specifier);
  }
  const found = [...namespaces];
  index.memo.scopes.set(GLOBAL_USINGS, found);
  return found;
}

/**
 * C#: the namespaces whose types a file sees, nearest first: the namespaces it declares types in
 * and their parents (the global namespace last), then its `using` directives and the project's
 * `global using`s.
 */
export function namespacesInScope(index: RepoIndex, file: string): string[] {
  const memo = index.memo.scopes.get(file);
  if (memo) return memo;
  const facts = index.factsOf(file);
  const searched = new Set<string>();
  for (const fact of facts?.classes ?? []) {
    const parts = fact.namespace ? fact.namespace.split(".") : [];
    for (let length = parts.length; length >= 0; length--) searched.add(parts.slice(0, length).join("."));
  }
  searched.add("");
  for (const fact of facts?.imports ?? []) if (fact.kind === "namespace") searched.add(fact.specifier);
  for (const namespace of globalUsings(index)) searched.add(namespace);
  const found = [...searched];
  index.memo.scopes.set(file, found);
  return found;
}

/**
 * C#: a member a bare name can mean inside a class: of the class or the classes it is nested in
 * (inherited ones included), else a static member of a `using static` type.
 */
export function csharpScopeMember(r: Resolver, file: string, classId: string | undefined, name: string): MemberHit | undefined {
  const { index } = r;
  for (let id = classId; id; id = index.blocks.get(id)?.parentId) {
    if (!index.classes.has(id)) continue;
    const hit = r.lookupMember(id, name);
    if (hit) return hit;
  }
  for (const fact of index.factsOf(file)?.imports ?? []) {
    if (fact.kind !== "static-type") continue;
    const type = r.resolveType(file, fact.specifier, "class");
    const hit = type.kind === "class" ? r.lookupMember(type.classId, name) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

/**
 * C#: the static methods named `name` of the types in scope — the extension methods an
 * instance call `x.name()` can mean when x's class has no such member (name-only: the receiver's
 * type is not checked against the `this` parameter). None when there are too many.
 */
export function extensionMethods(r: Resolver, file: string, name: string): string[] {
  if (r.index.files.get(file)?.language !== "csharp") return [];
  const found: string[] = [];
  for (const { member } of r.nameOnlyCandidates(file, name)) {
    if (member.isStatic && member.kind === "method" && member.blockId) found.push(member.blockId);
  }
  return found;
}
