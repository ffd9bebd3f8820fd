import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { BlockKind } from "../../model/block.js";
import type { ChildScope, DefinitionSite, OuterRange } from "./definition-site.js";

interface DeclarationShape {
  kind: BlockKind;
  scope: ChildScope;
  /** The field whose node starts the body; a type alias's "body" is its value. */
  bodyField: string;
}

const FUNCTION: DeclarationShape = { kind: "function", scope: "function", bodyField: "body" };
const CLASS: DeclarationShape = { kind: "class", scope: "members", bodyField: "body" };
// A namespace is a named container whose own text is its header plus the statements that are not
// members, which is what a class block is; BlockKind has no namespace kind (`module` is `<module>`).
const NAMESPACE: DeclarationShape = { kind: "class", scope: "namespace", bodyField: "body" };

/** Declarations that are blocks wherever they appear, even inside a function body. */
const NESTABLE: ReadonlyMap<string, DeclarationShape> = new Map([
  ["function_declaration", FUNCTION],
  ["generator_function_declaration", FUNCTION],
  ["function_signature", { kind: "signature", scope: "none", bodyField: "" }],
  ["class_declaration", CLASS],
  ["abstract_class_declaration", CLASS],
]);

/** Declarations that are blocks only in a file or namespace scope. */
const MODULE_LEVEL: ReadonlyMap<string, DeclarationShape> = new Map([
  ...NESTABLE,
  ["interface_declaration", { kind: "interface", scope: "members", bodyField: "body" }],
  ["enum_declaration", { kind: "enum", scope: "none", bodyField: "body" }],
  ["type_alias_declaration", { kind: "type", scope: "none", bodyField: "value" }],
  ["internal_module", NAMESPACE],
  ["module", NAMESPACE],
]);

function site(node: SyntaxNode, shape: DeclarationShape | undefined, outer: OuterRange): DefinitionSite | undefined {
  // Nameless declarations only come out of error recovery; their text stays with the enclosing block.
  const name = node.childForFieldName("name")?.text;
  if (!shape || !name) return undefined;
  const body = shape.bodyField ? node.childForFieldName(shape.bodyField) : null;
  // `declare module "x";` only says that the module exists: a statement, not a container.
  if (shape.scope === "namespace" && !body) return undefined;
  return { name, kind: shape.kind, start: outer.startIndex, end: outer.endIndex, body, scope: shape.scope };
}

/**
 * The definition a declaration node makes in a file or namespace scope (functions, overload
 * signatures, classes, interfaces, enums, type aliases, namespaces), spanning `outer` — the
 * `export`/`declare` statement around it when there is one. Undefined for any other node.
 */
export function declarationSite(node: SyntaxNode, outer: OuterRange = node): DefinitionSite | undefined {
  return site(node, MODULE_LEVEL.get(node.type), outer);
}

/** Node types that nestedDeclarationSite accepts, for a walk that collects them all at once. */
export const NESTABLE_DECLARATION_TYPES: ReadonlySet<string> = new Set(NESTABLE.keys());

/** The definition a declaration node makes inside a function body: functions and classes only. */
export function nestedDeclarationSite(node: SyntaxNode): DefinitionSite | undefined {
  return site(node, NESTABLE.get(node.type), node);
}
