import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { attributeReferences } from "./type-references.js";
import { typeName } from "./type-name.js";
import { visitChildren } from "./visit-chain.js";
import { addReference, addTypeReferences, declaredTypeNode, visitLater, type FactWalk, type Visit } from "./walk-state.js";

/** The declared type of an assignment target (`x`, `this.x`), for a target-typed `new()` on the right. */
function targetType(visit: Visit, left: SyntaxNode | null): string | undefined {
  if (!left) return undefined;
  if (left.type === "identifier") return typeName(declaredTypeNode(visit.scope, left.text));
  const object = left.type === "member_access_expression" ? left.childForFieldName("expression") : null;
  const name = left.childForFieldName("name");
  if (object?.type === "this" && name) return typeName(visit.scope.owner?.memberTypes.get(name.text));
  return undefined;
}

export function visitAssignment(walk: FactWalk, visit: Visit): void {
  const left = visit.node.childForFieldName("left");
  visitLater(walk, left, visit.scope);
  visitLater(walk, visit.node.childForFieldName("right"), visit.scope, targetType(visit, left));
}

/** `return new(…)` is typed by the declared return type. */
export function visitReturn(walk: FactWalk, { node, scope }: Visit): void {
  for (const child of node.namedChildren) visitLater(walk, child, scope, scope.returns);
}

/** `Foo(name: value)`, `(a: 1, b: 2)`: the name is not a reference. */
export function visitArgument(walk: FactWalk, { node, scope }: Visit): void {
  const name = node.childForFieldName("name");
  for (const child of node.namedChildren) if (child && child.id !== name?.id) visitLater(walk, child, scope);
}

/** `new { A = x }`, `o with { A = x }`, `[Attr(Name = x)]`: an identifier before `=` or `:` names a member. */
export function visitNamedMembers(walk: FactWalk, { node, scope }: Visit): void {
  for (const child of node.namedChildren) {
    if (!child) continue;
    const next = child.nextSibling;
    if (child.type === "identifier" && next && !next.isNamed && (next.type === "=" || next.type === ":")) continue;
    visitLater(walk, child, scope);
  }
}

/** `typeof(T)`, `default(T)`, `sizeof(T)`: a type reference. */
export function visitTypeOperator(_walk: FactWalk, { node, scope }: Visit): void {
  addTypeReferences(scope, node.childForFieldName("type"));
}

export function visitCast(walk: FactWalk, { node, scope }: Visit): void {
  addTypeReferences(scope, node.childForFieldName("type"));
  visitLater(walk, node.childForFieldName("value"), scope);
}

/** `x as T`, `x is T`: the right side is a type. */
export function visitTypeTest(walk: FactWalk, { node, scope }: Visit): void {
  visitLater(walk, node.childForFieldName("left"), scope);
  addTypeReferences(scope, node.childForFieldName("right"));
}

/** `new T[n] { … }`: the element type is a type reference; sizes and elements are expressions. */
export function visitArrayCreation(walk: FactWalk, visit: Visit): void {
  const { node, scope } = visit;
  const type = node.childForFieldName("type");
  addTypeReferences(scope, type);
  for (let array = type; array?.type === "array_type"; array = array.childForFieldName("type")) {
    visitLater(walk, array.childForFieldName("rank"), scope);
  }
  for (const child of node.namedChildren) if (child && child.id !== type?.id) visitLater(walk, child, scope);
}

/**
 * An initializer whose object type is unknown (collection initializers, `new()` without a declared
 * type): `X = v` names a member of the unknown object, not something in scope, so only `v` is visited.
 */
export function visitLooseInitializer(walk: FactWalk, { node, scope }: Visit): void {
  for (const child of node.namedChildren) {
    if (!child) continue;
    const left = child.type === "assignment_expression" ? child.childForFieldName("left") : null;
    if (left?.type === "identifier") visitLater(walk, child.childForFieldName("right"), scope);
    else visitLater(walk, child, scope);
  }
}

/** A type written where an expression could be (generic visit reached it): its class references. */
export function visitType(_walk: FactWalk, { node, scope }: Visit): void {
  addTypeReferences(scope, node);
}

/** `[Fact]`, `[Route("x")]`: the attribute class (`Fact` or `FactAttribute`) and its arguments. */
export function visitAttribute(walk: FactWalk, { node, scope }: Visit): void {
  const name = node.childForFieldName("name");
  for (const reference of attributeReferences(name)) addReference(scope, reference);
  for (const child of node.namedChildren) if (child && child.id !== name?.id) visitLater(walk, child, scope);
}

/** A constant pattern `is Order` / `case OrderStatus.Pending`: a type test or a constant, so both. */
export function visitConstantPattern(walk: FactWalk, visit: Visit): void {
  const { node, scope } = visit;
  const value = node.namedChildren[0];
  if (value && (value.type === "identifier" || value.type === "qualified_name")) addTypeReferences(scope, value);
  visitChildren(walk, visit);
}

/** `Name: pattern` in a property pattern: the name is a member of the matched type, not a reference in scope. */
export function visitSubpattern(walk: FactWalk, { node, scope }: Visit): void {
  const children = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
  const [first, ...rest] = children;
  const named = rest.length > 0 && first && (first.type === "identifier" || first.type === "member_access_expression");
  for (const child of named ? rest : children) visitLater(walk, child, scope);
}

/** `lbl: statement`: the label is not a reference. */
export function visitLabeled(walk: FactWalk, { node, scope }: Visit): void {
  for (const child of node.namedChildren) if (child && child.type !== "identifier") visitLater(walk, child, scope);
}

/** `where T : IFoo, new()`: the constrained parameter is not a reference, the constraint types are. */
export function visitConstraints(_walk: FactWalk, { node, scope }: Visit): void {
  for (const child of node.namedChildren) if (child?.type === "type_parameter_constraint") addTypeReferences(scope, child);
}

/** `#if COND … #endif`: the members and statements inside belong to the enclosing scope; the condition is not code. */
export function visitPreprocessorBranch(walk: FactWalk, { node, scope }: Visit): void {
  const condition = node.childForFieldName("condition");
  for (const child of node.namedChildren) {
    if (child && child.id !== condition?.id && child.type !== "preproc_arg") visitLater(walk, child, scope);
  }
}
