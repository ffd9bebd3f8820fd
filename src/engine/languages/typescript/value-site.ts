import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { DefinitionSite, OuterRange } from "./definition-site.js";

/** Expressions that only wrap a value: `(() => 1)`, `fn as Handler`, `fn satisfies Handler`. */
const WRAPPERS: ReadonlySet<string> = new Set(["parenthesized_expression", "as_expression", "satisfies_expression"]);

/** `function` is the older grammars' name for a function expression. */
const FUNCTION_VALUES: ReadonlySet<string> = new Set(["arrow_function", "function_expression", "function", "generator_function"]);

function unwrapped(value: SyntaxNode): SyntaxNode {
  let node = value;
  while (WRAPPERS.has(node.type)) {
    const inner = node.firstNamedChild;
    if (!inner) break;
    node = inner;
  }
  return node;
}

/**
 * The definition a value makes when it is bound to `name` (`const name = …`, `export default …`,
 * `exports.name = …`): a function for arrow functions and function expressions, a class for class
 * expressions, nothing for any other value. The definition spans `outer`.
 */
export function valueSite(value: SyntaxNode | null, name: string, outer: OuterRange): DefinitionSite | undefined {
  if (!value || !name) return undefined;
  const node = unwrapped(value);
  const span = { name, start: outer.startIndex, end: outer.endIndex, body: node.childForFieldName("body") };
  if (FUNCTION_VALUES.has(node.type)) return { ...span, kind: "function", scope: "function" };
  if (node.type === "class") return { ...span, kind: "class", scope: "members" };
  return undefined;
}
