import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { BlockKind } from "../../model/block.js";
import type { DefinitionSite } from "./definition-site.js";
import { memberName } from "./member-name.js";
import { separatorEnd } from "./separator-end.js";

/** Members declared without a body: interface methods, overloads, abstract and ambient methods. */
const SIGNATURES: ReadonlySet<string> = new Set(["method_signature", "abstract_method_signature"]);

function hasToken(node: SyntaxNode, tokens: readonly string[]): boolean {
  // The keyword is an anonymous child; a method *named* `get` has it as a named name node instead.
  return node.children.some((child) => child !== null && !child.isNamed && tokens.includes(child.type));
}

function methodKind(node: SyntaxNode, name: string): BlockKind {
  if (hasToken(node, ["get", "set"])) return "accessor";
  if (name === "constructor" && !hasToken(node, ["static"])) return "constructor";
  return "method";
}

/**
 * The definition a class or interface member makes, starting at `start` (its first decorator when
 * the grammar puts decorators beside it): methods, constructors and `get`/`set` accessors with
 * their bodies, and bodiless method signatures. Undefined for fields, index signatures and
 * everything else that belongs to the class block itself.
 */
export function memberSite(node: SyntaxNode, start: number): DefinitionSite | undefined {
  const name = memberName(node.childForFieldName("name"));
  if (!name) return undefined;
  const end = separatorEnd(node);
  if (SIGNATURES.has(node.type)) return { name, kind: "signature", start, end, body: null, scope: "none" };
  if (node.type !== "method_definition") return undefined;
  return { name, kind: methodKind(node, name), start, end, body: node.childForFieldName("body"), scope: "function" };
}
