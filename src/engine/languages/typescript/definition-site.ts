import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { BlockKind } from "../../model/block.js";

/**
 * Which members a definition's body holds as blocks of their own: a function body holds nested
 * function and class declarations, a class or interface body ("members") its methods and method
 * signatures, a namespace body declarations as the file does; enums and type aliases hold none.
 */
export type ChildScope = "function" | "members" | "namespace" | "none";

/**
 * A definition found in the tree but not yet turned into a RawDefinition: its span already
 * includes `export`, `declare`, decorators and a trailing separator, and `body` is the node whose
 * start is the definition's bodyStart (null when it has none).
 */
export interface DefinitionSite {
  name: string;
  kind: BlockKind;
  start: number;
  end: number;
  body: SyntaxNode | null;
  scope: ChildScope;
}

/** The range a definition covers when a wrapper (`export`, `declare`, a statement) encloses it. */
export interface OuterRange {
  startIndex: number;
  endIndex: number;
}
