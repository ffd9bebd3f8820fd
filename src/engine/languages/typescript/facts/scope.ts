import type { BlockFacts, TypeName } from "../../../graph/facts.js";
import type { Block } from "../../../model/block.js";
import type { ClassCollector, FieldRank } from "./class-collector.js";

/**
 * What encloses the node being walked: the block whose text it is, and what that block binds.
 * `namespace` is a class block (`namespace N {}`) whose statements are read as a file's.
 */
export interface Scope {
  kind: "module" | "namespace" | "class" | "function";
  /** Undefined only for module-level text of a file without a `<module>` block (there is none). */
  block?: Block;
  facts?: BlockFacts;
  /** Class-like scope: the class itself. Method scope: its class, whose fields `this.x = …` assigns. */
  classCollector?: ClassCollector;
  /** Inside a function that is no block (a callback) at module, namespace or class level. */
  callback?: boolean;
  /** Type parameters in scope: `T` names no class. */
  typeParams?: ReadonlySet<string>;
  /** Function scope (shared with its callbacks): element types of annotated iterable locals and parameters. */
  elementTypes?: Map<string, TypeName>;
  /** Function scope (shared with its callbacks): the names it declares, so that `x = new Foo()` types the local. */
  declared?: Set<string>;
  /** Method scope: rank of the fields that `this.x = …` assigns (constructor 1, other methods 2). */
  fieldRank?: FieldRank;
}

/** The scope with more type parameters (undefined names are ignored). */
export function withTypeParams(scope: Scope, names: readonly string[]): Scope {
  if (names.length === 0) return scope;
  return { ...scope, typeParams: new Set([...(scope.typeParams ?? []), ...names]) };
}
