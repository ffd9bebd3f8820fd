import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { nameParts } from "./type-name.js";
import { addTypeReferences, visitLater, type FactWalk, type Scope, type Visit } from "./walk-state.js";

function joinNamespace(outer: string, inner: string): string {
  return outer ? `${outer}.${inner}` : inner;
}

function namespaceName(node: SyntaxNode): string {
  const name = node.childForFieldName("name");
  return (name ? nameParts(name) : undefined)?.join(".") ?? "";
}

/**
 * A compilation unit or declaration list: its members in order. A file-scoped namespace
 * (`namespace Shop.Orders;`) puts every declaration after it in that namespace.
 */
export function visitDeclarations(walk: FactWalk, { node, scope }: Visit): void {
  let current = scope;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "file_scoped_namespace_declaration") {
      current = { ...current, namespace: joinNamespace(current.namespace, namespaceName(child)) };
      for (const inner of child.namedChildren) if (inner && inner.id !== child.childForFieldName("name")?.id) visitLater(walk, inner, current);
    } else {
      visitLater(walk, child, current);
    }
  }
}

/** `namespace A.B { … }`, nested in another namespace or not: its body in the joined namespace. */
export function visitNamespace(walk: FactWalk, { node, scope }: Visit): void {
  const inner: Scope = { ...scope, namespace: joinNamespace(scope.namespace, namespaceName(node)) };
  visitLater(walk, node.childForFieldName("body"), inner);
}

/**
 * `using X.Y;` (namespace import), `using static X.Y.Util;` (static members), `using A = X.Y.Bar;`
 * (an alias: a module-level name standing for the type), each also with `global`. The alias and
 * static forms name a type, which is also a type reference of the `<module>` block.
 */
export function visitUsing(walk: FactWalk, { node, scope }: Visit): void {
  const alias = node.childForFieldName("name");
  const target = node.namedChildren.find((child) => child && child.id !== alias?.id && child.type !== "modifier");
  const parts = target ? nameParts(target) : undefined;
  if (!target || !parts) return;
  const specifier = parts.join(".");
  const line = node.startPosition.row + 1;
  const isStatic = node.children.some((child) => child?.type === "static");
  const global = node.children.some((child) => child?.type === "global") ? { global: true } : {};
  if (alias) {
    walk.facts.values.push({ name: alias.text, aliasOf: specifier, line });
    addTypeReferences(scope, target);
  } else if (isStatic) {
    walk.facts.imports.push({ kind: "static-type", specifier, names: [], line, ...global });
    addTypeReferences(scope, target);
  } else {
    walk.facts.imports.push({ kind: "namespace", specifier, names: [], line, ...global });
  }
}
