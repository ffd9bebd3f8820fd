import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { BlockKind } from "../../model/block.js";
import type { RawDefinition } from "../language-support.js";
import type { BodyMarks } from "./body-marks.js";
import { CALLABLE_TYPES, callableDefinition } from "./callable-definition.js";
import { findLocalFunctions } from "./find-local-functions.js";
import { rawDefinition } from "./raw-definition.js";

const TYPE_KINDS: Readonly<Record<string, BlockKind>> = {
  class_declaration: "class",
  struct_declaration: "class",
  record_declaration: "class",
  interface_declaration: "interface",
  enum_declaration: "enum",
};

/**
 * Nodes whose declarations belong to the enclosing scope: namespaces are transparent by the
 * benchmark's naming (`Class`, not `Ns.Class`), `#if` branches hold ordinary members, and ERROR
 * nodes often wrap members that parsed fine next to a broken one.
 */
const TRANSPARENT_TYPES: ReadonlySet<string> = new Set([
  "namespace_declaration",
  "declaration_list",
  "preproc_if",
  "preproc_elif",
  "preproc_else",
  "ERROR",
]);

function typeDefinition(node: SyntaxNode, kind: BlockKind, marks: BodyMarks): RawDefinition {
  const body = node.childForFieldName("body");
  return rawDefinition({
    node,
    name: node.childForFieldName("name")?.text ?? "",
    kind,
    children: body && kind !== "enum" ? findMembers(body, marks) : [],
  });
}

/**
 * The block definitions directly inside a compilation unit or a type body: types (with their
 * members), method-like members (with their local functions) and, in top-level statements, local
 * functions. Everything else (usings, namespace lines, fields, properties, delegates) stays in the
 * enclosing block's text.
 */
export function findMembers(container: SyntaxNode, marks: BodyMarks): RawDefinition[] {
  const found: RawDefinition[] = [];
  for (const child of container.namedChildren) {
    if (!child) continue;
    const typeKind = TYPE_KINDS[child.type];
    if (typeKind) found.push(typeDefinition(child, typeKind, marks));
    else if (CALLABLE_TYPES.has(child.type)) found.push(callableDefinition(child, marks));
    else if (TRANSPARENT_TYPES.has(child.type)) found.push(...findMembers(child, marks));
    else if (child.type === "global_statement") found.push(...findLocalFunctions(child, marks));
  }
  return found;
}
