import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { AccessPath } from "../../../graph/facts.js";
import { accessChain } from "./access-chain.js";
import { addReference, lineOf, visitChildren, type Handler } from "./walker.js";

/** `exports.x` / `module.exports`: CommonJS export targets, which are exports, not references. */
function isCommonJsExport(path: AccessPath): boolean {
  const [head, second] = path;
  return head?.name === "exports" || (head?.name === "module" && second?.name === "exports");
}

/** A member/call/`new` chain is one reference; its arguments, type arguments and a non-name base are walked on their own. */
export const visitChain: Handler = (node, scope, walker) => {
  const chain = accessChain(node);
  if (chain.path && !isCommonJsExport(chain.path)) addReference(scope, { kind: "expression", path: chain.path, line: chain.line });
  if (chain.base && chain.base.id === node.id) visitChildren(walker, node, scope);
  else walker.visit(chain.base, scope);
  for (const part of chain.parts) walker.visit(part, scope);
};

/** `{ a }` in an object literal reads `a`. */
export const visitShorthandProperty: Handler = (node, scope) => {
  addReference(scope, { kind: "expression", path: [{ name: node.text }], line: lineOf(node) });
};

/** A type name: a reference to the class it names, unless it is a type parameter in scope. */
export const visitTypeIdentifier: Handler = (node, scope) => {
  if (scope.typeParams?.has(node.text)) return;
  addReference(scope, { kind: "type", path: [{ name: node.text }], line: lineOf(node) });
};

/** `ns.Config`, `Outer.Inner` in a type position. */
export const visitNestedTypeIdentifier: Handler = (node, scope) => {
  const path = node.text.replace(/\s+/g, "").split(".").map((name) => ({ name }));
  addReference(scope, { kind: "type", path, line: lineOf(node) });
};

/** `<T extends Base = Default>`: the constraint and default are references, the name is not. */
export const visitTypeParameter: Handler = (node, scope, walker) => {
  walker.visit(node.childForFieldName("constraint"), scope);
  walker.visit(node.childForFieldName("value"), scope);
};

function jsxPath(name: SyntaxNode | null): AccessPath | undefined {
  if (!name) return undefined;
  const parts = name.text.replace(/\s+/g, "").split(".");
  const first = parts[0] ?? "";
  // Lower-case names are intrinsic elements (`<div>`), `a:b` namespaced attributes-like names are no component.
  if (parts.length === 1 && !/^[\p{Lu}_$]/u.test(first)) return undefined;
  if (!parts.every((part) => /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*$/u.test(part))) return undefined;
  return parts.map((part, index) => (index === parts.length - 1 ? { name: part, call: true } : { name: part }));
}

/** `<Foo a={x} />`: rendering a component calls it (a class component is instantiated); attributes are walked. */
export const visitJsxElement: Handler = (node, scope, walker) => {
  const name = node.childForFieldName("name");
  const path = jsxPath(name);
  if (path && name) addReference(scope, { kind: "expression", path, line: lineOf(name) });
  for (const child of node.namedChildren) {
    if (child && child.id !== name?.id) walker.visit(child, scope);
  }
};

/** `name={…}`: the attribute's name is no reference. */
export const visitJsxAttribute: Handler = (node, scope, walker) => {
  for (const child of node.namedChildren.slice(1)) walker.visit(child, scope);
};
