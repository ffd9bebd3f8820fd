import type { AccessPath, BlockFacts, ExportFact, FileFacts, ImportFact, TypeName, ValueFact } from "../../../graph/facts.js";
import type { ParsedFile } from "../../../model/block.js";
import type { ClassCollector } from "./class-collector.js";

/** Collects one file's facts during the walk and assembles FileFacts at the end. */
export class FileCollector {
  readonly imports: ImportFact[] = [];
  readonly exports: ExportFact[] = [];
  readonly classes: ClassCollector[] = [];
  private readonly values: ValueFact[] = [];
  private readonly blockFacts = new Map<string, BlockFacts>();

  constructor(private readonly file: ParsedFile) {
    for (const block of file.blocks) this.blockFacts.set(block.id, { blockId: block.id, locals: [], references: [] });
  }

  factsOf(blockId: string): BlockFacts | undefined {
    return this.blockFacts.get(blockId);
  }

  addValue(value: ValueFact): void {
    this.values.push(value);
  }

  finish(): FileFacts {
    return {
      file: this.file.file,
      imports: this.imports,
      values: this.moduleValues(),
      exports: this.exports,
      explicitExports: true,
      classes: this.classes.map((collector) => collector.toFact()),
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
