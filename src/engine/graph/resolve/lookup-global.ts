import type { Block } from "../../model/block.js";
import type { FileFacts, ImportFact } from "../facts.js";
import { namespacesInScope } from "./csharp-scope.js";
import type { RepoIndex } from "./repo-index.js";
import type { Resolver } from "./resolver.js";
import { EXTERNAL, UNKNOWN, type Binding, type Value } from "./value.js";
import { valueOfBlock } from "./value-of-block.js";


function topLevelBlock(index: RepoIndex, file: string, name: string): Block | undefined {
  const parsed = index.files.get(file);
  if (!parsed) return undefined;
  const moduleId = parsed.blocks.find((block) => block.kind === "module")?.id;
  return parsed.blocks.find((block) => block.name === name && block.parentId === moduleId && block.kind !== "module");
}

/** A Python package's submodule `name` (`pkg/name.py` or `pkg/name/__init__.py`), as a module value. */
function submodule(index: RepoIndex, file: string, name: string): Value | undefined {
  if (!file.endsWith("__init__.py")) return undefined;
  const folder = file.slice(0, -"__init__.py".length);
  for (const candidate of [`${folder}${name}.py`, `${folder}${name}/__init__.py`]) {
    if (index.files.has(candidate)) return { kind: "module", file: candidate };
  }
  return undefined;
}

function bindingFromImport(r: Resolver, file: string, fact: ImportFact, name: string, depth: number): Binding | undefined {
  const target = r.index.resolveModule(fact.specifier, file);
  if (fact.kind === "module") {
    if (!fact.names.some((entry) => entry.local === name)) return undefined;
    return { value: target ? { kind: "module", file: target } : EXTERNAL, viaImport: true };
  }
  if (fact.kind === "names") {
    const entry = fact.names.find((candidate) => candidate.local === name);
    if (!entry) return undefined;
    if (!target) return { value: EXTERNAL, viaImport: true };
    const exported = r.lookupExport(target, entry.imported, depth + 1);
    // ES default import of a CommonJS file without a default export (`module.exports = { … }`): the module itself.
    const interop: Value = entry.imported === "default" ? { kind: "module", file: target } : UNKNOWN;
    return { value: exported?.value ?? interop, viaImport: true, ...(exported?.global ? { global: exported.global } : {}) };
  }
  if (fact.kind === "star" && target) {
    const exported = r.lookupExport(target, name, depth + 1);
    return exported ? { value: exported.value, viaImport: true, ...(exported.global ? { global: exported.global } : {}) } : undefined;
  }
  return undefined;
}

/** C#: a type visible through the file's namespaces, their parents and `using` directives. */
function namespacedType(index: RepoIndex, facts: FileFacts, name: string): Value | undefined {
  // Only C# declares namespaces; without any, nothing is found (and the scopes need not be read).
  if (index.namespaces.size === 0) return undefined;
  for (const namespace of namespacesInScope(index, facts.file)) {
    const ids = index.namespaces.get(namespace)?.get(name);
    if (ids?.[0]) return { kind: "class", classId: ids[0] };
  }
  if ([...index.namespaces.keys()].some((namespace) => namespace === name || namespace.startsWith(`${name}.`))) {
    return { kind: "namespace", name };
  }
  return undefined;
}

/**
 * What `name` means at the top level of `file`: a definition, a module-level value, an import, or
 * (C#) a type from a namespace in scope. Undefined when the file does not bind it.
 */
export function lookupGlobal(r: Resolver, file: string, name: string, depth = 0): Binding | undefined {
  const { index } = r;
  const memo = index.memo.globals.get(file, name);
  if (memo !== undefined) return memo ?? undefined;
  if (depth > 12) return undefined;
  index.memo.globals.set(file, name, null);
  const binding = computeGlobal(r, file, name, depth);
  index.memo.globals.set(file, name, binding ?? null);
  return binding;
}

function computeGlobal(r: Resolver, file: string, name: string, depth: number): Binding | undefined {
  const { index } = r;
  const block = topLevelBlock(index, file, name);
  if (block) return { value: valueOfBlock(block), viaImport: false };
  const facts = index.factsOf(file);
  if (!facts) return undefined;
  const value = facts.values.find((candidate) => candidate.name === name);
  if (value) {
    if (value.aliasOf) return { value: r.resolveType(file, value.aliasOf, "class"), viaImport: false, global: { file, name } };
    if (value.type) return { value: r.resolveType(file, value.type, "instance"), viaImport: false, global: { file, name } };
    if (value.value) return { value: r.evaluate({ file }, value.value, depth + 1, () => undefined), viaImport: false, global: { file, name } };
    return { value: UNKNOWN, viaImport: false, global: { file, name } };
  }
  for (const fact of facts.imports) {
    if (fact.kind === "star") continue;
    const binding = bindingFromImport(r, file, fact, name, depth);
    if (binding) return binding;
  }
  for (const fact of facts.imports) {
    if (fact.kind !== "star") continue;
    const binding = bindingFromImport(r, file, fact, name, depth);
    if (binding) return binding;
  }
  const namespaced = namespacedType(index, facts, name);
  return namespaced ? { value: namespaced, viaImport: false } : undefined;
}

/**
 * What a name that nothing in the file binds stands for: every language's facts bind the file's
 * own names (definitions, imports, locals, members, C# namespaces in scope), so the rest is
 * outside the repository — a Python builtin (`len`), a runtime global (`JSON`), a framework type.
 */
export const UNBOUND: Value = EXTERNAL;

/** What another file sees as `file`'s export `name` (ES: only exported names; Python: every global, then submodules). */
export function lookupExport(r: Resolver, file: string, name: string, depth = 0): Binding | undefined {
  const facts = r.index.factsOf(file);
  if (facts?.explicitExports) {
    const exported = facts.exports.find((candidate) => candidate.exported === name);
    if (exported) return r.lookupGlobal(file, exported.local, depth + 1);
    for (const fact of facts.imports) {
      if (!fact.reexport) continue;
      const binding = bindingFromImport(r, file, fact, name, depth);
      if (binding) return binding;
    }
    return undefined;
  }
  const global = r.lookupGlobal(file, name, depth + 1);
  if (global) return global;
  const child = submodule(r.index, file, name);
  return child ? { value: child, viaImport: true } : undefined;
}
