import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { elementTypeName, typeName } from "./type-name.js";
import { createdTypeNode, valueTypings } from "./value-typings.js";
import { addTypeReferences, declare, declaredTypeNode, visitLater, type FactWalk, type Scope, type Typing, type Visit } from "./walk-state.js";

function typed(type: SyntaxNode | null | undefined): Typing[] {
  const name = typeName(type);
  return name ? [{ type: name }] : [];
}

function isImplicit(type: SyntaxNode | null | undefined): boolean {
  return !type || type.type === "implicit_type";
}

/** Every identifier bound by a designation: `x`, `(a, b)`, `var (a, (b, c))`. */
function declareDesignation(walk: FactWalk, scope: Scope, designation: SyntaxNode | null | undefined, typings: Typing[] = []): void {
  if (!designation) return;
  if (designation.type === "identifier") {
    declare(walk, scope, { name: designation, typings });
    return;
  }
  for (const child of designation.namedChildren) {
    if (child && child.type !== "discard" && child.type !== "implicit_type") declareDesignation(walk, scope, child);
  }
}

/** `T x = v, y;` / `var x = new T();` in a method, a `using`, `for` or `fixed` header. */
export function visitVariableDeclaration(walk: FactWalk, { node, scope }: Visit): void {
  const type = node.childForFieldName("type");
  const implicit = isImplicit(type);
  if (!implicit) addTypeReferences(scope, type);
  const expected = implicit ? undefined : typeName(type);
  for (const declarator of node.namedChildren) {
    if (declarator?.type !== "variable_declarator") continue;
    const name = declarator.childForFieldName("name");
    const value = declarator.namedChildren.find((child) => child && child.id !== name?.id && child.type !== "tuple_pattern" && child.type !== "bracketed_argument_list");
    const pattern = declarator.namedChildren.find((child) => child?.type === "tuple_pattern");
    if (name) {
      const typings = implicit ? valueTypings(value, expected) : typed(type);
      declare(walk, scope, { name, typings, typeNode: implicit ? createdTypeNode(value) : (type ?? undefined) });
    } else {
      declareDesignation(walk, scope, pattern);
    }
    visitLater(walk, value, scope, expected);
  }
}

/** The element type of what a `foreach` walks, when its declaration says (`List<Order> orders`, `Order[]`). */
function elementType(scope: Scope, collection: SyntaxNode | null): string | undefined {
  if (!collection) return undefined;
  if (collection.type === "identifier") return elementTypeName(declaredTypeNode(scope, collection.text));
  if (collection.type === "member_access_expression" && collection.childForFieldName("expression")?.type === "this") {
    const name = collection.childForFieldName("name");
    return name ? elementTypeName(scope.owner?.memberTypes.get(name.text)) : undefined;
  }
  return undefined;
}

/** `foreach (T x in xs)`; with `var`, the element type of a declared sequence. */
export function visitForeach(walk: FactWalk, { node, scope }: Visit): void {
  const type = node.childForFieldName("type");
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  visitLater(walk, right, scope);
  if (!isImplicit(type)) addTypeReferences(scope, type);
  const element = isImplicit(type) ? elementType(scope, right) : typeName(type);
  if (left?.type === "identifier") declare(walk, scope, { name: left, typings: element ? [{ type: element }] : [] });
  else declareDesignation(walk, scope, left);
  visitLater(walk, node.childForFieldName("body"), scope);
}

/** `catch (IOException e)`, `out T x`, `is T t`, `case T t`: a typed binding. */
export function visitTypedBinding(walk: FactWalk, { node, scope }: Visit): void {
  const type = node.childForFieldName("type");
  const name = node.childForFieldName("name");
  if (!isImplicit(type)) addTypeReferences(scope, type);
  const typings = isImplicit(type) ? [] : typed(type);
  if (name?.type === "identifier") declare(walk, scope, { name, typings, typeNode: type ?? undefined });
  else declareDesignation(walk, scope, name);
  for (const child of node.namedChildren) {
    if (child && child.id !== type?.id && child.id !== name?.id) visitLater(walk, child, scope);
  }
}

/** `is var x`, `var (a, b)` patterns. */
export function visitVarPattern(walk: FactWalk, { node, scope }: Visit): void {
  for (const child of node.namedChildren) declareDesignation(walk, scope, child);
}

/** Parameters of a method, local function, lambda, indexer or primary constructor: typed bindings. */
export function declareParameters(walk: FactWalk, scope: Scope, list: SyntaxNode | null | undefined): void {
  for (const parameter of list?.namedChildren ?? []) {
    if (!parameter) continue;
    if (parameter.type === "implicit_parameter" || parameter.type === "identifier") {
      declare(walk, scope, { name: parameter, typings: [] });
      continue;
    }
    if (parameter.type !== "parameter") continue;
    const type = parameter.childForFieldName("type");
    const name = parameter.childForFieldName("name");
    addTypeReferences(scope, type);
    if (name) declare(walk, scope, { name, typings: typed(type), typeNode: type ?? undefined });
    for (const child of parameter.namedChildren) {
      if (child && child.id !== type?.id && child.id !== name?.id && child.type !== "modifier") visitLater(walk, child, scope);
    }
  }
}

/** Lambdas and anonymous methods are part of the enclosing block: their parameters are its locals. */
export function visitLambda(walk: FactWalk, { node, scope }: Visit): void {
  const parameters = node.childForFieldName("parameters");
  if (parameters?.type === "implicit_parameter") declare(walk, scope, { name: parameters, typings: [] });
  else declareParameters(walk, scope, parameters);
  addTypeReferences(scope, node.childForFieldName("type"));
  for (const child of node.namedChildren) {
    if (child && child.id !== parameters?.id && child.type !== "modifier" && child.id !== node.childForFieldName("type")?.id) {
      visitLater(walk, child, scope);
    }
  }
}

const RANGE_KEYWORDS: ReadonlySet<string> = new Set(["from", "join", "let", "into"]);

/** Query syntax: the name after `from`, `join`, `let` and `into` is a range variable (a local). */
export function visitQueryClause(walk: FactWalk, { node, scope }: Visit): void {
  let binding = false;
  let type: SyntaxNode | undefined;
  for (const child of node.children) {
    if (!child) continue;
    if (!child.isNamed) {
      binding = RANGE_KEYWORDS.has(child.type);
      type = undefined;
      continue;
    }
    const next = child.nextSibling;
    if (binding && next?.isNamed && next.type === "identifier") {
      addTypeReferences(scope, child);
      type = child;
    } else if (binding && child.type === "identifier") {
      declare(walk, scope, { name: child, typings: typed(type), typeNode: type });
      binding = false;
    } else {
      binding = false;
      visitLater(walk, child, scope);
    }
  }
}
