/**
 * What a language extracts from one file for name resolution (see ./README.md). Extractors are
 * syntactic: they never look at other files. The core resolver (./resolve) does everything that
 * needs the whole repository: module lookup, scopes across files, types, inheritance.
 */

/**
 * One step of an access path, e.g. `self.client.send(x)` is
 * `[{name: "self"}, {name: "client"}, {name: "send", call: true}]`.
 * Special heads: `this` (the enclosing class's instance; languages map `self`/`this`/`Me`
 * to it — a method's first parameter in Python), `cls` (the enclosing class itself),
 * `super` (the enclosing class's base, as an instance; Python `super()`, TS `super`, C# `base`).
 * `new`: instantiation with `new` (TS, C#); in Python a call on a class instantiates.
 * `await`: the value of the segment is awaited (unwraps nothing for resolution; kept for classification).
 */
export interface Segment {
  name: string;
  call?: boolean;
  new?: boolean;
}

export type AccessPath = Segment[];

/**
 * A type as written, reduced by the language to the class it is about: a dotted name
 * (`Client`, `pkg.models.Client`, `Shop.Orders.Order`), generic arguments and wrappers that do
 * not change the members used (`Optional[X]`, `X | None`, `Promise<X>`, `Task<X>`) removed.
 */
export type TypeName = string;

export type ReferenceKind =
  /** the path is evaluated; each segment that resolves yields an edge (call → Calls, class call/new → Instantiates, field → Uses). */
  | "expression"
  /** a type position (annotation, base list, `isinstance`, generic argument): Uses of the class. */
  | "type";

export interface Reference {
  kind: ReferenceKind;
  path: AccessPath;
  /** 1-based line of the reference. */
  line: number;
}

/** A name bound in a function: parameter, local variable, loop/with target, catch variable. */
export interface LocalFact {
  name: string;
  /** Declared type (annotation). */
  type?: TypeName;
  /** The value assigned, when it is an access path (`x = Client()`, `var x = new T()`, `x = self.repo`). */
  value?: AccessPath;
  /** `this`: the method's receiver (Python's first parameter); `class`: `cls` of a classmethod. */
  receiver?: "this" | "class";
}

/** Facts of one block: its locals (functions and methods only) and every reference in its own text. */
export interface BlockFacts {
  blockId: string;
  locals: LocalFact[];
  references: Reference[];
  /** Declared return type of a function or method. */
  returns?: TypeName;
  isAsync?: boolean;
}

export type MemberKind = "method" | "field" | "property" | "constructor";

/** A member of a class: methods and constructors come from blocks; fields and properties from the class text. */
export interface MemberFact {
  name: string;
  kind: MemberKind;
  /** The member's own block, for methods, constructors and accessor-style properties. */
  blockId?: string;
  type?: TypeName;
  /** Initial value, when it is an access path (`self.client = Client()`, `private repo = new Repo()`). */
  value?: AccessPath;
  /** The block whose locals `value` is evaluated with (`self.repo = repo` in `__init__`); the class when absent. */
  definedIn?: string;
  isStatic?: boolean;
  /** C#: `override`; TS/Python infer overriding by name. */
  isOverride?: boolean;
  line: number;
}

export interface ClassFact {
  blockId: string;
  name: string;
  /** Base classes and implemented interfaces as written. */
  bases: TypeName[];
  members: MemberFact[];
  /** C#: the namespace the type is declared in (`Shop.Orders`); undefined elsewhere. */
  namespace?: string;
}

/**
 * An import-like statement. `specifier` is as written (`./money`, `..models`, `os.path`,
 * `System.Threading`); the language's resolveModule turns it into a file.
 */
export interface ImportFact {
  kind:
    /** `import x` / `import a.b as c` (Python), `import * as ns from` (ES), `const ns = require()` */
    | "module"
    /** `from m import a as b`, `import { a as b } from`, `import b from` (imported "default"), `const { a } = require()` */
    | "names"
    /** `from m import *` (Python), `export * from` (ES) — all of m's names become visible (and, for ES, re-exported) */
    | "star"
    /** C# `using Ns;` — the namespace's types become visible */
    | "namespace"
    /** C# `using static Ns.Type;` — the type's static members become visible */
    | "static-type";
  specifier: string;
  /** For `names`: imported name → local name (`default` for default imports). For `module`: the local name bound. */
  names: { imported: string; local: string }[];
  /** ES `export { a } from` / `export * from`: the names are also exported. */
  reexport?: boolean;
  /** C# `global using`: the directive applies to every file of the project. */
  global?: boolean;
  /** Python `import a.b` binds `a`, not `a.b`: the local name is the first segment. */
  line: number;
}

/** A module-level name that is neither a definition block nor an import: a variable or alias. */
export interface ValueFact {
  name: string;
  type?: TypeName;
  value?: AccessPath;
  /** C# `using X = A.B;` and TS `type X = Y` style aliases: the name stands for this type. */
  aliasOf?: TypeName;
  line: number;
}

/**
 * ES exports: every exported name, `export function f` ({local: "f", exported: "f"}) as well as
 * `export { a as b }` and `export default x` ({local: "x", exported: "default"}).
 */
export interface ExportFact {
  local: string;
  exported: string;
}

/** Everything one file contributes to name resolution. */
export interface FileFacts {
  file: string;
  imports: ImportFact[];
  values: ValueFact[];
  exports: ExportFact[];
  /** True when only the names in `exports` are visible to importers (ES modules); Python exposes every module-level name. */
  explicitExports: boolean;
  classes: ClassFact[];
  blocks: BlockFacts[];
}
