import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { assertedType, valuePaths } from "./access-chain.js";
import { bind, bindPattern } from "./bind.js";
import { requireImport } from "./require-import.js";
import type { Scope } from "./scope.js";
import { elementType, declaredType } from "./type-name.js";
import { preferredValue } from "./file-collector.js";
import { lineOf, type Handler } from "./walker.js";

const WRAPPERS: ReadonlySet<string> = new Set(["parenthesized_expression", "as_expression", "satisfies_expression"]);

function unwrapped(value: SyntaxNode): SyntaxNode {
  let node = value;
  while (WRAPPERS.has(node.type) && node.firstNamedChild) node = node.firstNamedChild;
  return node;
}

/**
 * `const x: T = value`: binds x (typed by its annotation or an `as T`, else by the paths its value
 * may be); a `require` is an import instead; a declarator whose value is the block being defined
 * (`export const f = () => …`) binds nothing, since the block is the name.
 */
export const visitDeclarator: Handler = (node, scope, walker) => {
  const imported = requireImport(node);
  if (imported) {
    walker.file.imports.push(imported);
    return;
  }
  const pattern = node.childForFieldName("name");
  const typeNode = node.childForFieldName("type");
  const value = node.childForFieldName("value");
  walker.visit(typeNode, scope);
  walker.visit(value, scope);
  if (value && walker.claims(unwrapped(value), scope, true)) return;
  if (pattern?.type !== "identifier") {
    bindPattern(pattern, scope, walker);
    return;
  }
  const asserted = assertedType(value);
  const type = declaredType(typeNode) ?? declaredType(asserted);
  bind(scope, walker, pattern.text, { ...(type && { type }), values: valuePaths(value) }, lineOf(pattern));
  const element = elementType(typeNode) ?? elementType(asserted);
  if (element) scope.elementTypes?.set(pattern.text, element);
};

/** `this.x = …` in a method records field x of the class; `x = new T()` types a declared local or module value. */
export const visitAssignment: Handler = (node, scope, walker) => {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  walker.visit(left, scope);
  walker.visit(right, scope);
  if (!left || !right) return;
  const values = valuePaths(right);
  const type = declaredType(assertedType(right));
  if (left.type === "member_expression" && left.childForFieldName("object")?.type === "this") {
    const name = left.childForFieldName("property")?.text;
    const block = scope.block;
    if (!name || !block || !scope.classCollector || !scope.fieldRank) return;
    const value = preferredValue(values);
    scope.classCollector.addField(scope.fieldRank, {
      name, kind: "field", ...(type && { type }), ...(value && { value }), definedIn: block.id, line: lineOf(left),
    });
    return;
  }
  if (left.type !== "identifier" || (values.length === 0 && !type)) return;
  if (scope.declared?.has(left.text)) bind(scope, walker, left.text, { ...(type && { type }), values }, lineOf(left));
  else if (scope.kind === "module" && !scope.callback) bind(scope, walker, left.text, { ...(type && { type }), values }, lineOf(left));
};

function iteratedElement(right: SyntaxNode | null, scope: Scope): string | undefined {
  if (right?.type === "identifier") return scope.elementTypes?.get(right.text);
  if (right?.type === "member_expression" && right.childForFieldName("object")?.type === "this") {
    return scope.classCollector?.elementTypes.get(right.childForFieldName("property")?.text ?? "");
  }
  return undefined;
}

/** `for (const x of xs)`: x is typed by the element type of an annotated `xs` or `this.xs`. */
export const visitForIn: Handler = (node, scope, walker) => {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  walker.visit(right, scope);
  const declares = node.childForFieldName("kind") !== null;
  const isOf = node.childForFieldName("operator")?.type === "of";
  if (left && declares) {
    const type = isOf && left.type === "identifier" ? iteratedElement(right, scope) : undefined;
    if (left.type === "identifier") bind(scope, walker, left.text, { ...(type && { type }), values: [] }, lineOf(left));
    else bindPattern(left, scope, walker);
  } else {
    walker.visit(left, scope);
  }
  walker.visit(node.childForFieldName("body"), scope);
};

/** `catch (e)`: e shadows. */
export const visitCatch: Handler = (node, scope, walker) => {
  const parameter = node.childForFieldName("parameter");
  const typeNode = node.childForFieldName("type");
  const type = declaredType(typeNode);
  if (parameter?.type === "identifier") bind(scope, walker, parameter.text, { ...(type && { type }), values: [] }, lineOf(parameter));
  else bindPattern(parameter, scope, walker);
  walker.visit(node.childForFieldName("body"), scope);
};

/** Re-exports reference nothing in this file; `export { a as b }` reads a; declarations and default values are walked. */
export const visitExport: Handler = (node, scope, walker) => {
  if (node.childForFieldName("source")) return;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type !== "export_clause") {
      walker.visit(child, scope);
      continue;
    }
    for (const specifier of child.namedChildren) walker.visit(specifier?.childForFieldName("name"), scope);
  }
};
