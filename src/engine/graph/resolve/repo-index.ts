import { languageForPath } from "../../languages/registry.js";
import type { ModuleLookup } from "../../languages/language-support.js";
import type { Block, ParsedFile } from "../../model/block.js";
import type { BlockFacts, ClassFact, FileFacts } from "../facts.js";
import type { Binding, Value } from "./value.js";

/**
 * The whole repository as name resolution sees it: parsed files with their facts, blocks by id,
 * classes, C# namespaces, and memo tables that an update clears.
 */
export class RepoIndex {
  readonly files = new Map<string, ParsedFile>();
  readonly blocks = new Map<string, Block>();
  readonly classes = new Map<string, ClassFact>();
  readonly blockFacts = new Map<string, BlockFacts>();
  /** C# namespace → type name → class block ids (partial classes have several). */
  readonly namespaces = new Map<string, Map<string, string[]>>();
  readonly lookup: ModuleLookup;
  /** Memo tables, valid until the next update. */
  readonly memo = {
    modules: new Map<string, string | undefined>(),
    globals: new Map<string, Binding | null>(),
    members: new Map<string, MemberHit | null>(),
    types: new Map<string, Value>(),
    /** C#: namespaces in scope per file (and the project's `global using`s). */
    scopes: new Map<string, string[]>(),
    nameOnly: new Map<string, MemberHit[]>(),
    /** Values of locals by `blockId\u0000name`. */
    locals: new Map<string, Value>(),
  };

  constructor(files: readonly ParsedFile[], configFiles: ReadonlyMap<string, string>) {
    this.lookup = { files: new Set(files.map((file) => file.file)), configFiles };
    for (const file of files) this.addFile(file);
  }

  addFile(file: ParsedFile): void {
    this.files.set(file.file, file);
    (this.lookup.files as Set<string>).add(file.file);
    for (const block of file.blocks) this.blocks.set(block.id, block);
    for (const facts of file.facts?.blocks ?? []) this.blockFacts.set(facts.blockId, facts);
    for (const fact of file.facts?.classes ?? []) {
      this.classes.set(fact.blockId, fact);
      if (fact.namespace !== undefined) this.addToNamespace(fact);
    }
    this.clearMemo();
  }

  removeFile(path: string): void {
    const file = this.files.get(path);
    if (!file) return;
    for (const block of file.blocks) {
      this.blocks.delete(block.id);
      this.blockFacts.delete(block.id);
      const fact = this.classes.get(block.id);
      if (fact?.namespace !== undefined) this.removeFromNamespace(fact);
      this.classes.delete(block.id);
    }
    this.files.delete(path);
    (this.lookup.files as Set<string>).delete(path);
    this.clearMemo();
  }

  factsOf(path: string): FileFacts | undefined {
    return this.files.get(path)?.facts;
  }

  /** The file a specifier names from `fromFile`, memoised; undefined for external packages. */
  resolveModule(specifier: string, fromFile: string): string | undefined {
    const key = `${fromFile}\u0000${specifier}`;
    if (this.memo.modules.has(key)) return this.memo.modules.get(key);
    const resolver = languageForPath(fromFile)?.resolver;
    const target = resolver?.resolveModule(specifier, fromFile, this.lookup);
    this.memo.modules.set(key, target);
    return target;
  }

  clearMemo(): void {
    this.memo.modules.clear();
    this.memo.globals.clear();
    this.memo.members.clear();
    this.memo.types.clear();
    this.memo.scopes.clear();
    this.memo.nameOnly.clear();
    this.memo.locals.clear();
  }

  private addToNamespace(fact: ClassFact): void {
    const namespace = fact.namespace ?? "";
    let types = this.namespaces.get(namespace);
    if (!types) {
      types = new Map();
      this.namespaces.set(namespace, types);
    }
    types.set(fact.name, [...(types.get(fact.name) ?? []), fact.blockId]);
  }

  private removeFromNamespace(fact: ClassFact): void {
    const types = this.namespaces.get(fact.namespace ?? "");
    const remaining = (types?.get(fact.name) ?? []).filter((id) => id !== fact.blockId);
    if (remaining.length > 0) types?.set(fact.name, remaining);
    else types?.delete(fact.name);
  }
}

/** A member found on a class or one of its bases. */
export interface MemberHit {
  /** The class that declares it. */
  classId: string;
  member: import("../facts.js").MemberFact;
}
