import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { BlockKind } from "../../model/block.js";

/** What encloses a definition: the module, a class body or a function body. */
export type PythonScope = "module" | "class" | "function";

/** Decorators that turn a method into a property accessor (`@property`, `@x.setter`, …). */
const ACCESSOR_DECORATORS = new Set(["property", "cached_property", "abstractproperty", "setter", "getter", "deleter"]);

/** The last name of a decorator expression: `x.setter` → `setter`; calls like `@property()` are not accessors. */
function decoratorName(decorator: SyntaxNode): string | undefined {
  const expression = decorator.namedChildren.find((child) => child?.type !== "comment");
  if (expression?.type === "identifier") return expression.text;
  if (expression?.type === "attribute") return expression.childForFieldName("attribute")?.text;
  return undefined;
}

/**
 * The kind of a `def`: only a `def` directly in a class body is a method (`__init__` is the
 * constructor, a property getter/setter/deleter an accessor); anywhere else it is a function.
 */
export function functionKind(params: { name: string; decorators: readonly SyntaxNode[]; scope: PythonScope }): BlockKind {
  if (params.scope !== "class") return "function";
  if (params.name === "__init__") return "constructor";
  const isAccessor = params.decorators.some((decorator) => ACCESSOR_DECORATORS.has(decoratorName(decorator) ?? ""));
  return isAccessor ? "accessor" : "method";
}
