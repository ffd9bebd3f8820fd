import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { valuePaths } from "./access-chain.js";
import { bindTarget, pairedTargets } from "./bind-target.js";
import { importFacts } from "./import-facts.js";
import { bindParameters } from "./parameters.js";
import type { Scope } from "./scope.js";
import { elementTypeName, reduceTypeName } from "./type-name.js";
import { typeReferences } from "./type-references.js";
import type { Walker } from "./walker.js";

export type Handler = (node: SyntaxNode, scope: Scope, walker: Walker) => void;

function line(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}

function references(node: SyntaxNode, scope: Scope, walker: Walker): void {
  for (const reference of typeReferences(node)) walker.file.reference(scope, reference);
}

/** `a = b = X()`, `x: T = v`, `a, b = X(), Y()`, `self.x: T = v`. */
const assignment: Handler = (node, scope, walker) => {
  const targets: SyntaxNode[] = [];
  let value: SyntaxNode | null = node;
  while (value?.type === "assignment") {
    const left = value.childForFieldName("left");
    if (left) targets.push(left);
    const annotation = value.childForFieldName("type");
    if (annotation) references(annotation, scope, walker);
    value = value.childForFieldName("right");
  }
  const annotation = node.childForFieldName("type")?.text;
  const type = annotation ? reduceTypeName(annotation) : undefined;
  for (const target of targets) {
    const pairs = pairedTargets(target, value);
    if (pairs) for (const [element, elementValue] of pairs) bindTarget(element, scope, walker, { values: valuePaths(elementValue), line: line(node) });
    else bindTarget(target, scope, walker, { type, annotation, values: valuePaths(value), line: line(node) });
  }
  walker.visit(value, scope);
};

/** `x += 1` rebinds `x` (a local); `self.n += 1` uses the field. */
const augmentedAssignment: Handler = (node, scope, walker) => {
  const target = node.childForFieldName("left");
  if (target) bindTarget(target, scope, walker, { values: [], line: line(node) });
  walker.visit(node.childForFieldName("right"), scope);
};

/** `(x := f())` */
const namedExpression: Handler = (node, scope, walker) => {
  const name = node.childForFieldName("name");
  const value = node.childForFieldName("value");
  if (name) bindTarget(name, scope, walker, { values: valuePaths(value), line: line(node) });
  walker.visit(value, scope);
};

/** The annotation of `xs` (annotated in the same function) or `self.xs` (a field annotated in the class so far). */
function annotationOf(expression: SyntaxNode | null, scope: Scope): string | undefined {
  if (expression?.type === "identifier") return scope.annotations?.get(expression.text);
  if (expression?.type !== "attribute" || !scope.receiver) return undefined;
  const object = expression.childForFieldName("object");
  const name = expression.childForFieldName("attribute");
  return object?.type === "identifier" && object.text === scope.receiver && name ? scope.classFacts?.annotations.get(name.text) : undefined;
}

/** The element type of `for x in xs` when `xs` is annotated as a collection (`xs: list[X]`). */
function loopElementType(iterable: SyntaxNode | null, scope: Scope): string | undefined {
  const annotation = annotationOf(iterable, scope);
  return annotation ? elementTypeName(annotation) : undefined;
}

/**
 * `for` statements and comprehension clauses. Comprehension variables bind in functions and at
 * module level (where they say "not a builtin"), never as class attributes.
 */
const forLoop: Handler = (node, scope, walker) => {
  const target = node.childForFieldName("left");
  const iterable = node.childForFieldName("right");
  const bindsHere = node.type === "for_statement" || scope.kind !== "class";
  if (target && bindsHere) bindTarget(target, scope, walker, { type: loopElementType(iterable, scope), values: [], line: line(node) });
  for (const child of node.namedChildren) if (child && child.id !== target?.id) walker.visit(child, scope);
};

/** `with X() as x` binds x to X(); `except E as e` binds e to an E; `case … as x` captures. */
const asPattern: Handler = (node, scope, walker) => {
  const value = node.namedChild(0);
  const alias = node.childForFieldName("alias");
  const parent = node.parent?.type;
  if (parent === "except_clause") {
    const type = value && (value.type === "identifier" || value.type === "attribute") ? reduceTypeName(value.text) : undefined;
    if (value) references(value, scope, walker);
    if (alias) bindTarget(alias, scope, walker, { type, values: [], line: line(node) });
    return;
  }
  if (alias && parent !== "case_pattern") bindTarget(alias, scope, walker, { values: valuePaths(value), line: line(node) });
  walker.visit(value, scope);
};

/** `except E:` / `except (E, F):` name classes; the clause body is code. */
const exceptClause: Handler = (node, scope, walker) => {
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "identifier" || child.type === "attribute" || child.type === "tuple") references(child, scope, walker);
    else walker.visit(child, scope);
  }
};

/** Lambda parameters are locals of the enclosing function, or module values (lambdas are not blocks). */
const lambda: Handler = (node, scope, walker) => {
  const parameters = node.childForFieldName("parameters");
  if (scope.kind !== "class") bindParameters(parameters, scope, walker);
  else for (const parameter of parameters?.namedChildren ?? []) walker.visit(parameter?.childForFieldName("value"), scope);
  walker.visit(node.childForFieldName("body"), scope);
};

/** `f(timeout=t)`: `timeout` names a parameter, only `t` is a reference. */
const keywordArgument: Handler = (node, scope, walker) => walker.visit(node.childForFieldName("value"), scope);

const nonLocal: Handler = (node, scope, walker) => {
  const kind = node.type === "global_statement" ? "global" : "nonlocal";
  for (const child of node.namedChildren) if (child?.type === "identifier") walker.file.declareNonLocal(scope, child.text, kind);
};

/** Imports anywhere (also inside functions) make their names visible file-wide: a local import means the same thing. */
const importStatement: Handler = (node, _scope, walker) => {
  walker.file.addImports(importFacts(node));
};

function dottedNames(node: SyntaxNode): string[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child?.type === "identifier").map((child) => child.text);
}

/**
 * `case` patterns: `Point(x=0)` names a class (a type reference), `Color.RED` is a value
 * reference, a bare name is a capture (a local, inside functions).
 */
const casePattern: Handler = (node, scope, walker) => {
  const pending: SyntaxNode[] = [node];
  for (let current = pending.pop(); current; current = pending.pop()) {
    const children = current.namedChildren.filter((child): child is SyntaxNode => child !== null);
    if (current.type === "class_pattern" && children[0]?.type === "dotted_name") {
      walker.file.reference(scope, { kind: "type", path: dottedNames(children[0]).map((name) => ({ name })), line: line(current) });
      pending.push(...children.slice(1));
    } else if (current.type === "dotted_name") {
      const names = dottedNames(current);
      if (names.length > 1) walker.file.reference(scope, { kind: "expression", path: names.map((name) => ({ name })), line: line(current) });
      else if (names[0] && scope.kind === "function") walker.file.bind(scope, { name: names[0], values: [], line: line(current) });
    } else if (current.type === "identifier") {
      if (scope.kind === "function") walker.file.bind(scope, { name: current.text, values: [], line: line(current) });
    } else if (current.type === "keyword_pattern") {
      pending.push(...children.slice(1));
    } else {
      pending.push(...children);
    }
  }
};

const annotation: Handler = (node, scope, walker) => references(node, scope, walker);

/** `isinstance(x, A)` / `issubclass(C, (A, B))`: the classes are type references. */
export function isTypeTest(call: SyntaxNode): boolean {
  const callee = call.childForFieldName("function");
  return callee?.type === "identifier" && (callee.text === "isinstance" || callee.text === "issubclass");
}

export const typeTestClasses = references;

export const STATEMENT_HANDLERS: Readonly<Record<string, Handler>> = {
  assignment,
  augmented_assignment: augmentedAssignment,
  named_expression: namedExpression,
  for_statement: forLoop,
  for_in_clause: forLoop,
  as_pattern: asPattern,
  except_clause: exceptClause,
  lambda,
  keyword_argument: keywordArgument,
  global_statement: nonLocal,
  nonlocal_statement: nonLocal,
  import_statement: importStatement,
  import_from_statement: importStatement,
  future_import_statement: () => undefined,
  type: annotation,
  case_pattern: casePattern,
};
