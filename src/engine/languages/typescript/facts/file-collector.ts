import type { AccessPath, BlockFacts, ClassFact, ExportFact, FileFacts, ImportFact, LocalFact, Reference, TypeName, ValueFact } from "../../../graph/facts.js";
import { movedClassFact, movedFact, type ClassSource } from "../../../graph/moved-facts.js";
import type { ParsedFile } from "../../../model/block.js";
import type { ListLengths } from "./statement-logs.js";

/** The lists of one version of a file's facts that walking its statements appends to (see ListLengths). */
export interface FactLists {
  imports: readonly ImportFact[];
  /** Every module value bound, before one per name was chosen. */
  values: readonly ValueFact[];
  classes: readonly ClassFact[];
  references: readonly Reference[];
  locals: readonly LocalFact[];
}

/** Collects one file's facts during the walk and assembles FileFacts at the end. */
export class FileCollector {
  readonly imports: ImportFact[] = [];
  readonly exports: ExportFact[] = [];
  readonly classes: ClassSource[] = [];
  /** Every module value bound, in order (finish keeps one per name). */
  readonly values: ValueFact[] = [];
  private readonly blockFacts = new Map<string, BlockFacts>();
  /** The `<module>` block's facts (undefined for a file without one). */
  private readonly moduleFacts: BlockFacts | undefined;

  constructor(private readonly file: ParsedFile) {
    for (const block of file.blocks) this.blockFacts.set(block.id, { blockId: block.id, locals: [], references: [] });
    const moduleBlock = file.blocks.find((block) => block.kind === "module");
    this.moduleFacts = moduleBlock && this.blockFacts.get(moduleBlock.id);
  }

  factsOf(blockId: string): BlockFacts | undefined {
    return this.blockFacts.get(blockId);
  }

  addValue(value: ValueFact): void {
    this.values.push(value);
  }

  /** How long the lists that the walk appends to are now. */
  lengths(): ListLengths {
    return {
      imports: this.imports.length,
      values: this.values.length,
      classes: this.classes.length,
      references: this.moduleFacts?.references.length ?? 0,
      locals: this.moduleFacts?.locals.length ?? 0,
    };
  }

  /** Appends what a statement taken over added to the previous version's lists (`[from, to)`), moved `lines` down. */
  takeOver(previous: FactLists, from: ListLengths, to: ListLengths, lines: number): void {
    const slice = <T>(list: readonly T[], key: keyof ListLengths): readonly T[] => list.slice(from[key], to[key]);
    for (const fact of slice(previous.imports, "imports")) this.imports.push(movedFact(fact, lines));
    for (const fact of slice(previous.values, "values")) this.values.push(movedFact(fact, lines));
    for (const fact of slice(previous.classes, "classes")) {
      const moved = movedClassFact(fact, lines);
      this.classes.push({ toFact: () => moved });
    }
    for (const reference of slice(previous.references, "references")) this.moduleFacts?.references.push(movedFact(reference, lines));
    for (const local of slice(previous.locals, "locals")) this.moduleFacts?.locals.push(local);
  }

  /** A block's facts taken over whole (its id is a block of this file). */
  adoptFacts(facts: BlockFacts): void {
    this.blockFacts.set(facts.blockId, facts);
  }

  finish(): FileFacts {
    return {
      file: this.file.file,
      imports: this.imports,
      values: this.moduleValues(),
      exports: this.exports,
      explicitExports: true,
      classes: this.classes.map((source) => source.toFact()),
      blocks: [...this.blockFacts.values()],
    };
  }

  /** One value per name: the first with a type, else the first with a value, else the first (`let x; x = new X()`). */
  private moduleValues(): ValueFact[] {
    const byName = new Map<string, ValueFact>();
    for (const fact of this.values) {
      const chosen = byName.get(fact.name);
      if (!chosen || (!chosen.type && !chosen.aliasOf && (fact.type || (!chosen.value && fact.value)))) byName.set(fact.name, fact);
    }
    return [...byName.values()];
  }
}

/** The path that says most about a name bound to one of several values: a call or `new` (`a ?? new B()`). */
export function preferredValue(values: readonly AccessPath[]): AccessPath | undefined {
  return values.find((path) => {
    const last = path[path.length - 1];
    return last?.call || last?.new;
  }) ?? values[0];
}

/** A binding's declared type and the values it may hold. */
export interface BoundValue {
  type?: TypeName;
  values: readonly AccessPath[];
}
