/** What an expression evaluates to during resolution. */
export type Value =
  /** a module object: Python module or package, ES namespace import */
  | { kind: "module"; file: string }
  /** a C# namespace prefix such as `Shop.Orders` */
  | { kind: "namespace"; name: string }
  /** a class itself (static access; calling it instantiates) */
  | { kind: "class"; classId: string }
  /** an instance of a class */
  | { kind: "instance"; classId: string }
  /** a function or method, not yet called */
  | { kind: "function"; blockId: string }
  /**
   * something from outside the repository: an import no file of the repository provides, and
   * everything reached from it (its members, calls, instances, a `super` beyond the repository's
   * classes). Unlike `unknown`, its members never fall back to name-only candidates.
   */
  | { kind: "external" }
  /** something resolution cannot follow: an untyped parameter, a builtin */
  | { kind: "unknown" };

export const UNKNOWN: Value = { kind: "unknown" };
export const EXTERNAL: Value = { kind: "external" };

/** A name's value plus whether it came in through an import (for Imports edges). */
export interface Binding {
  value: Value;
  viaImport: boolean;
  /** For a module-level variable: where it is defined (its `<module>` block is UsedBy the reference). */
  global?: { file: string; name: string };
}
