import { languageForPath } from "../../languages/registry.js";
import type { ModuleLookup } from "../../languages/language-support.js";
import type { Block, ParsedFile } from "../../model/block.js";
import type { BlockFacts, ClassFact, FileFacts, LocalFact } from "../facts.js";
import { MemoTable } from "./memo-table.js";
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
    /** Module file by importing file and specifier. */
    modules: new MemoTable<string | undefined>(),
    /** Bindings by file and name (null: the file does not bind it, or the lookup is in progress). */
    globals: new MemoTable<Binding | null>(),
    /** Members by class id and name. */
    members: new MemoTable<MemberHit | null>(),
    /** Types by file and type name. */
    types: new MemoTable<Value>(),
    /** C#: namespaces in scope per file (and the project's `global using`s). */
    scopes: new Map<string, string[]>(),
    /** Name-only candidates by file and member name. */
    nameOnly: new MemoTable<MemberHit[]>(),
    /** Per file: for each member name, the first such member of each of its classes. */
    membersByName: new Map<string, ReadonlyMap<string, readonly MemberHit[]>>(),
    /** Files whose classes are plausible receivers in a file (itself and the files it imports). */
    plausibleFiles: new Map<string, ReadonlySet<string>>(),
    /** Values of locals by block id and name. */
    locals: new MemoTable<Value>(),
    /** A block's locals grouped by name, in binding order. */
    localsByName: new Map<string, ReadonlyMap<string, readonly LocalFact[]>>(),
    /** The `<module>` block of a file (null: it has none). */
    moduleBlocks: new Map<string, string | null>(),
    /** The blocks `symbol.name` directly inside a block, by name. */
    nestedBlocks: new Map<string, ReadonlyMap<string, Block>>(),
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
    if (this.memo.modules.has(fromFile, specifier)) return this.memo.modules.get(fromFile, specifier);
    const resolver = languageForPath(fromFile)?.resolver;
    const target = resolver?.resolveModule(specifier, fromFile, this.lookup);
    this.memo.modules.set(fromFile, specifier, target);
    return target;
  }

  clearMemo(): void {
    this.memo.modules.clear();
    this.memo.globals.clear();
    this.memo.members.clear();
    this.memo.types.clear();
    this.memo.scopes.clear();
    this.memo.nameOnly.clear();
    this.memo.plausibleFiles.clear();
    this.memo.membersByName.clear();
    this.memo.locals.clear();
    this.memo.localsByName.clear();
    this.memo.nestedBlocks.clear();
    this.memo.moduleBlocks.clear();
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
