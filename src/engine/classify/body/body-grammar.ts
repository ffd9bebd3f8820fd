import type { Node } from "web-tree-sitter";

/** A node type with the fields that hold its object and its member/index. */
export interface AccessShape {
  object: string;
  member: string;
}

/**
 * The node types of one grammar that the language-neutral body reader (collect-body-facts.ts)
 * looks for. Each language fills one table in languages/<lang>/signature/body-grammar.ts.
 */
export interface BodyGrammar {
  /** Nested functions, lambdas and classes: their returns, raises and awaits are not the block's. */
  nestedScopes: ReadonlySet<string>;
  comments: ReadonlySet<string>;
  identifiers: ReadonlySet<string>;
  /** Nodes that stand for the receiver (`this`); Python's receiver is a named parameter instead. */
  receivers: ReadonlySet<string>;
  returns: ReadonlySet<string>;
  yields: ReadonlySet<string>;
  raises: ReadonlySet<string>;
  awaits: ReadonlySet<string>;
  /** `a.b`: node type → fields of the object and the member name. */
  members: ReadonlyMap<string, AccessShape>;
  /** `a[k]`: node type → fields of the object and the index. */
  subscripts: ReadonlyMap<string, AccessShape>;
  /** Call node type → field of the called expression. */
  calls: ReadonlyMap<string, string>;
  /** Argument lists of calls and instantiations. */
  argumentLists: ReadonlySet<string>;
  /** Assignment node type (plain and augmented) → field of the target. */
  assignments: ReadonlyMap<string, string>;
  /** Nodes whose named children are deleted targets (`del a[k]`, `delete a.b`). */
  deletes: ReadonlySet<string>;
  /** Where locals are bound: node type → fields holding the bound names. */
  bindings: ReadonlyMap<string, readonly string[]>;
  /** Binding nodes that give a local its value (`x = …`, `const x = …`): the returned shape includes them. */
  definitions: ReadonlySet<string>;
  /** The literal text of a subscript index, when it is a plain string literal. */
  literalKey(index: Node): string | undefined;
  /** The returned expression of a return/yield node (undefined for a bare `return`). */
  returnedValue(node: Node): Node | undefined;
}
