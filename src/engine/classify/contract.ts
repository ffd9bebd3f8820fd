import type { Node } from "web-tree-sitter";
import type { Block } from "../model/block.js";
import type { BodyFacts } from "./body/body-facts.js";

/**
 * How a parameter is passed. `receiver` is Python's `self`/`cls`, TypeScript's `this: T` and the
 * `this` of a C# extension method: never passed in the argument list.
 */
export type ParameterKind = "positional" | "positional-only" | "keyword-only" | "rest" | "keyword-rest" | "receiver";

/** One declared parameter; texts are whitespace-collapsed source. */
export interface Parameter {
  name: string;
  kind: ParameterKind;
  type?: string;
  default?: string;
  /** TypeScript `x?: T`: callers may leave it out although it has no default. */
  optional: boolean;
  /** How it is passed or stored: C# `ref`/`out`/`in`/`params`, TypeScript parameter properties (`private`, `readonly`). */
  modifiers: string[];
}

/** What callers of a function, method or constructor rely on. */
export interface Signature {
  name: string;
  parameters: Parameter[];
  returnType?: string;
  async: boolean;
  generator: boolean;
  /** Modifiers and decorators that change the contract (`static`, `abstract`, `@classmethod`, `export`), sorted. */
  modifiers: string[];
  typeParameters?: string;
}

/** Where a field is declared: in the class body, or assigned/declared by a constructor. */
export type FieldOrigin = "class" | "constructor";

export type FieldKind = "field" | "property" | "event" | "member";

/** A field, property, event or enum member of a class-like block. */
export interface Field {
  name: string;
  kind: FieldKind;
  origin: FieldOrigin;
  type?: string;
  /** Initial value (class-body fields only). */
  value?: string;
  /** `static`, `readonly`, `private`, `const`, accessors such as `get; private set;`, sorted. */
  modifiers: string[];
}

/** The contract of a class, interface, enum or type alias. */
export interface TypeContract {
  name: string;
  bases: string[];
  /** Modifiers, and for Python every class decorator (`@dataclass(frozen=True)`), sorted. */
  modifiers: string[];
  typeParameters?: string;
  fields: Field[];
  /** A type alias's aliased type, when it is not an object type read as fields. */
  definition?: string;
}

/**
 * A name the `<module>` block binds or publishes: an import, a module-level variable/constant
 * (`global`), a re-export, or a C# namespace line. `text` is the whole statement, collapsed.
 */
export interface ModuleEntry {
  kind: "import" | "global" | "export" | "namespace";
  name: string;
  /** The module it comes from (`a.b`, `./money`, `System.Threading`). */
  source?: string;
  text: string;
}

/** A function, method or constructor: its signature, body facts (when it has a body) and the fields it declares. */
export interface CallableContract {
  kind: "callable";
  signature: Signature;
  body?: BodyFacts;
  fields: Field[];
}

/** A class, interface, enum or type alias. */
export interface TypeBlockContract {
  kind: "type";
  type: TypeContract;
}

/** A `<module>` block: the names it binds. */
export interface ModuleContract {
  kind: "module";
  entries: ModuleEntry[];
}

/** What classification needs from one block, read from the file's syntax tree. */
export type BlockContract = CallableContract | TypeBlockContract | ModuleContract;

/**
 * A language's reader of block contracts (the `signature` hook of LanguageSupport). `root` is the
 * tree of the whole file the block was cut from; the block's span locates its definition.
 */
export interface ContractReader {
  readContract(block: Block, root: Node): BlockContract | undefined;
}
