import type { Node } from "web-tree-sitter";
import type { BodyFacts } from "./body-facts.js";
import type { BodyGrammar } from "./body-grammar.js";
import type { Locals } from "./local-names.js";

/** One body to read, with the names that tell arguments, receiver and fields apart. */
export interface BodyScope {
  /** The body node: a block, or the expression of an expression-bodied function (which is returned). */
  body: Node;
  grammar: BodyGrammar;
  /** Names of the parameters callers pass (receivers excluded). */
  parameters: readonly string[];
  /** Names that stand for the receiver (Python `self`/`cls`); `this` nodes come from the grammar. */
  receiverNames: readonly string[];
  /** Fields of the enclosing class that the body may name bare (C#). */
  fieldNames?: ReadonlySet<string>;
  expressionBody: boolean;
}

/** The state of one body walk, shared by the readers of its statements. */
export interface Walk {
  scope: BodyScope;
  locals: Locals;
  parameters: ReadonlySet<string>;
  facts: BodyFacts;
  /** Ids of nodes that are written, not read. */
  targets: Set<number>;
}

