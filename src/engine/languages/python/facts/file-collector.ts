import type { AccessPath, BlockFacts, FileFacts, ImportFact, Reference, TypeName, ValueFact } from "../../../graph/facts.js";
import type { ParsedFile } from "../../../model/block.js";
import type { ClassSource } from "../../../graph/moved-facts.js";
import { keepDefinitionLogs } from "./definition-log.js";
import { EffectRecorder } from "./effect-recorder.js";
import type { Scope } from "./scope.js";

/** A name bound by an assignment, loop, `with`, parameter or walrus. */
export interface Binding {
  name: string;
  type?: TypeName;
  /** What the name may hold (both sides of `a or B()`); empty when not an access path. */
  values: AccessPath[];
  line: number;
}

/** Collects one file's facts during the walk and assembles FileFacts at the end. */
export class FileCollector {
  readonly recorder = new EffectRecorder();
  private readonly imports: ImportFact[] = [];
  private readonly classes: ClassSource[] = [];
  private readonly values: ValueFact[] = [];
  private readonly blockFacts = new Map<string, BlockFacts>();
  /** Names a function declares `global`/`nonlocal`: assigning them binds no local (a `global` one binds a module value). */
  private readonly nonLocals = new Map<BlockFacts, Map<string, "global" | "nonlocal">>();

  constructor(private readonly file: ParsedFile) {
    for (const block of file.blocks) this.blockFacts.set(block.id, { blockId: block.id, locals: [], references: [] });
  }

  factsOf(blockId: string): BlockFacts | undefined {
    return this.blockFacts.get(blockId);
  }

  /** A block's facts taken over from the file's previous version (its definition did not change). */
  adoptFacts(facts: BlockFacts): void {
    this.blockFacts.set(facts.blockId, facts);
  }

  addImports(facts: readonly ImportFact[]): void {
    this.recorder.onFile({ kind: "imports", facts });
    this.imports.push(...facts);
  }

  addValue(fact: ValueFact): void {
    this.recorder.onFile({ kind: "value", fact });
    this.values.push(fact);
  }

  addClass(source: ClassSource): void {
    this.recorder.onFile({ kind: "class", source });
    this.classes.push(source);
  }

  reference(scope: Scope, reference: Reference): void {
    scope.facts?.references.push(reference);
  }

  declareNonLocal(scope: Scope, name: string, kind: "global" | "nonlocal"): void {
    if (!scope.facts || scope.kind !== "function") return;
    const names = this.nonLocals.get(scope.facts) ?? new Map<string, "global" | "nonlocal">();
    names.set(name, kind);
    this.nonLocals.set(scope.facts, names);
  }

  /**
   * A function's local, a module-level value or a class attribute, depending on the scope. A name
   * the function declared `global` (a statement Python requires before the assignment) is a module value.
   */
  bind(scope: Scope, binding: Binding): void {
    const { name, type, values, line } = binding;
    const declared = scope.facts && this.nonLocals.get(scope.facts)?.get(name);
    if (declared === "nonlocal") return;
    if (declared === "global") {
      this.bind({ kind: "module" }, binding);
      return;
    }
    if (scope.kind === "function") {
      const locals = scope.facts?.locals;
      if (!locals) return;
      if (values.length === 0) locals.push(type ? { name, type } : { name });
      for (const value of values) locals.push(type ? { name, type, value } : { name, value });
    } else if (scope.kind === "module") {
      const value = preferredValue(values);
      this.addValue({ name, ...(type && { type }), ...(value && { value }), line });
    } else {
      const value = preferredValue(values);
      scope.classFacts?.addField(0, { name, kind: "field", ...(type && { type }), ...(value && { value }), line });
    }
  }

  finish(): FileFacts {
    const facts: FileFacts = {
      file: this.file.file,
      imports: this.imports,
      values: this.moduleValues(),
      exports: [],
      explicitExports: false,
      classes: this.classes.map((collector) => collector.toFact()),
      blocks: [...this.blockFacts.values()],
    };
    keepDefinitionLogs(facts, this.recorder.logs);
    return facts;
  }

  /**
   * One value per name: the first with a type, else the first with a value. A name that says
   * nothing (`X = None` in an `except ImportError:`) is dropped when an import or definition binds it too.
   */
  private moduleValues(): ValueFact[] {
    const moduleId = this.file.blocks.find((block) => block.kind === "module")?.id;
    const defined = new Set(this.file.blocks.filter((block) => block.kind !== "module" && block.parentId === moduleId).map((block) => block.name));
    for (const fact of this.imports) for (const entry of fact.names) defined.add(entry.local);
    const byName = new Map<string, ValueFact>();
    for (const fact of this.values) {
      const chosen = byName.get(fact.name);
      if (!chosen || (!chosen.type && (fact.type || (!chosen.value && fact.value)))) byName.set(fact.name, fact);
    }
    return [...byName.values()].filter((fact) => fact.type || fact.value || !defined.has(fact.name));
  }
}

/** A field's value when several are possible: a call (`client or Client()`) says the most. */
export function preferredValue(values: readonly AccessPath[]): AccessPath | undefined {
  return values.find((path) => path[path.length - 1]?.call) ?? values[0];
}
