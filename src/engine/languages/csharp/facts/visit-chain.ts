import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { AccessPath, Reference } from "../../../graph/facts.js";
import { accessChain } from "./access-chain.js";
import { addReference, addTypeReferences, visitLater, type FactWalk, type Scope, type Visit } from "./walk-state.js";

/**
 * The references of a chain: one per line it spans, each the prefix of the path up to the last
 * segment on that line, so every edge is recorded on the line of the name it resolves (fluent
 * chains over several lines) while the path is still evaluated as a whole.
 */
export function pathReferences(path: AccessPath, lines: number[]): Reference[] {
  const references: Reference[] = [];
  for (let i = 0; i < path.length; i++) {
    const line = lines[i] ?? 0;
    if (i === path.length - 1 || line !== lines[i + 1]) references.push({ kind: "expression", path: path.slice(0, i + 1), line });
  }
  return references;
}

/**
 * An object initializer `new T { X = 1, Y = { Z = 2 } }`: each member set is a reference through
 * the created object (`T · X`, `T · Y · Z`); the values are visited on their own.
 */
export function visitInitializer(walk: FactWalk, scope: Scope, prefix: AccessPath, initializer: SyntaxNode): void {
  for (const child of initializer.namedChildren) {
    if (!child) continue;
    const left = child.type === "assignment_expression" ? child.childForFieldName("left") : null;
    const right = child.childForFieldName("right");
    if (!left || left.type !== "identifier") {
      if (left) visitLater(walk, left, scope);
      visitLater(walk, left ? right : child, scope);
      continue;
    }
    const path = [...prefix, { name: left.text }];
    addReference(scope, { kind: "expression", path, line: left.startPosition.row + 1 });
    if (right?.type === "initializer_expression") visitInitializer(walk, scope, path, right);
    else visitLater(walk, right, scope);
  }
}

/** Visits every named child in the same scope. */
export function visitChildren(walk: FactWalk, { node, scope }: Visit): void {
  for (const child of node.namedChildren) visitLater(walk, child, scope);
}

/**
 * An expression that starts a chain (a name, member access, call, `new`): its path as
 * references, its arguments, generic arguments and initializer visited on their own. A bare name
 * bound in the block needs no reference (a local resolves to nothing).
 */
export function visitChain(walk: FactWalk, visit: Visit): void {
  const { node, scope, expected } = visit;
  if (node.type === "invocation_expression" && node.childForFieldName("function")?.text === "nameof") {
    visitLater(walk, node.childForFieldName("arguments"), scope);
    return;
  }
  const chain = accessChain(node, expected);
  if (chain.base === node) {
    visitChildren(walk, visit);
    return;
  }
  const path = chain.path;
  const head = path?.[0];
  const bareLocal = path?.length === 1 && !head?.call && !head?.new && scope.names.has(head?.name ?? "");
  const typeParameter = head?.new && scope.typeParameters.has(head.name);
  if (path && !bareLocal && !typeParameter) for (const reference of pathReferences(path, chain.lines)) addReference(scope, reference);
  for (const type of chain.typeArguments) addTypeReferences(scope, type);
  for (const args of chain.arguments) visitLater(walk, args, scope);
  if (chain.initializer && path) visitInitializer(walk, scope, path.slice(0, chain.initializer.typeSegments), chain.initializer.node);
  visitLater(walk, chain.base, scope);
}
