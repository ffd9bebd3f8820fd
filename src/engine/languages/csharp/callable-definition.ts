import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { BlockKind } from "../../model/block.js";
import type { RawDefinition } from "../language-support.js";
import type { BodyMarks } from "./body-marks.js";
import { callableName } from "./callable-name.js";
import { findLocalFunctions } from "./find-local-functions.js";
import { rawDefinition } from "./raw-definition.js";

/** Member declarations that are blocks of their own; properties, indexers, events and fields are not. */
export const CALLABLE_TYPES: ReadonlySet<string> = new Set([
  "method_declaration",
  "constructor_declaration",
  "destructor_declaration",
  "operator_declaration",
  "conversion_operator_declaration",
]);

/**
 * A method, constructor, destructor or operator with its local functions as children. Without a
 * body (interface, abstract, extern or partial declarations) it is a `signature`, except for
 * constructors, which stay constructors.
 */
export function callableDefinition(node: SyntaxNode, marks: BodyMarks): RawDefinition {
  const body = node.childForFieldName("body");
  let kind: BlockKind = body ? "method" : "signature";
  if (node.type === "constructor_declaration") kind = "constructor";
  return rawDefinition({
    node,
    name: callableName(node),
    kind,
    children: body ? findLocalFunctions(body, marks) : [],
  });
}
