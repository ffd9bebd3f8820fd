import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { LocalFact, MemberFact, TypeName } from "../../../graph/facts.js";
import type { Block } from "../../../model/block.js";
import { accessChain } from "./access-chain.js";
import { ClassCollector } from "./class-collector.js";
import { definitionText, entriesOf, replayDefinition } from "./replay-definition.js";
import { bindParameters } from "./parameters.js";
import type { Scope } from "./scope.js";
import { reduceTypeName } from "./type-name.js";
import { typeReferences } from "./type-references.js";
import { visitChildren, type Walker } from "./walker.js";

/** Decorators that only name the property being defined (`@name.setter`): no reference to resolve. */
const ACCESSOR_PARTS = new Set(["setter", "getter", "deleter"]);
/** Methods whose first parameter is the class even without `@classmethod`. */
const IMPLICIT_CLASS_METHODS = new Set(["__new__", "__init_subclass__", "__class_getitem__"]);

function decoratorExpression(decorator: SyntaxNode): SyntaxNode | undefined {
  return decorator.namedChildren.find((child): child is SyntaxNode => child !== null && child.type !== "comment");
}

/** The last name of a decorator: `@staticmethod` → staticmethod, `@app.route(…)` → route. */
function decoratorName(decorator: SyntaxNode): string | undefined {
  let expression = decoratorExpression(decorator);
  if (expression?.type === "call") expression = expression.childForFieldName("function") ?? undefined;
  if (expression?.type === "identifier") return expression.text;
  return expression?.type === "attribute" ? expression.childForFieldName("attribute")?.text : undefined;
}

/** A decorator is called with the definition: `@login_required` calls login_required, like `@app.route("/")` calls route. */
function visitDecorators(decorators: readonly SyntaxNode[], scope: Scope, walker: Walker): void {
  for (const decorator of decorators) {
    const expression = decoratorExpression(decorator);
    const name = expression?.type === "attribute" ? expression.childForFieldName("attribute")?.text : undefined;
    if (!expression || ACCESSOR_PARTS.has(name ?? "")) continue;
    if (expression.type !== "identifier" && expression.type !== "attribute") {
      walker.visit(expression, scope);
      continue;
    }
    const chain = accessChain(expression);
    const last = chain.path?.[chain.path.length - 1];
    if (chain.path && last) walker.file.reference(scope, { kind: "expression", path: [...chain.path.slice(0, -1), { ...last, call: true }], line: chain.line });
    walker.visit(chain.base, scope);
    for (const argumentList of chain.arguments) walker.visit(argumentList, scope);
  }
}

function receiverOf(block: Block, names: readonly string[]): LocalFact["receiver"] {
  if (names.includes("staticmethod")) return undefined;
  return names.includes("classmethod") || IMPLICIT_CLASS_METHODS.has(block.name) ? "class" : "this";
}

function memberOf(block: Block, names: readonly string[], line: number): MemberFact {
  if (block.kind === "constructor") return { name: block.name, kind: "constructor", blockId: block.id, line };
  if (block.kind === "accessor") return { name: block.name, kind: "property", blockId: block.id, line };
  const isStatic = names.includes("staticmethod") || names.includes("classmethod");
  return { name: block.name, kind: "method", blockId: block.id, ...(isStatic && { isStatic }), line };
}

function visitFunction(node: SyntaxNode, block: Block, decorators: readonly SyntaxNode[], outer: Scope, walker: Walker): void {
  const facts = walker.file.factsOf(block.id);
  const names = decorators.map(decoratorName).filter((name): name is string => name !== undefined);
  const isMethod = outer.kind === "class" && outer.classFacts !== undefined;
  const scope: Scope = { kind: "function", facts, annotations: new Map() };
  if (isMethod) {
    outer.classFacts?.addMember(memberOf(block, names, node.startPosition.row + 1));
    scope.classFacts = outer.classFacts;
    scope.fieldRank = block.kind === "constructor" || block.name === "__post_init__" ? 1 : 2;
  }
  // A `def` starts with its `async` token when there is one.
  if (facts && node.tree.source.startsWith("async", node.startIndex)) facts.isAsync = true;
  const returnType = node.childForFieldName("return_type");
  if (returnType) {
    const returns = reduceTypeName(returnType.text);
    if (facts && returns) facts.returns = returns;
    for (const reference of typeReferences(returnType)) walker.file.reference(scope, reference);
  }
  visitDecorators(decorators, scope, walker);
  const receiver = isMethod ? receiverOf(block, names) : undefined;
  scope.receiver = bindParameters(node.childForFieldName("parameters"), scope, walker, receiver);
  if (receiver === "class") scope.receiver = undefined;
  walker.visit(node.childForFieldName("body"), scope);
}

/** A base as written (`Base`, `pkg.Base`, `Generic[T]` → `Generic`); undefined for computed bases. */
function baseName(node: SyntaxNode): TypeName | undefined {
  const target = node.type === "subscript" ? node.childForFieldName("value") : node;
  if (target?.type !== "identifier" && target?.type !== "attribute") return undefined;
  return reduceTypeName(target.text);
}

function visitClass(node: SyntaxNode, block: Block, decorators: readonly SyntaxNode[], walker: Walker): void {
  const bases: TypeName[] = [];
  const collector = new ClassCollector(block.id, block.name, bases, walker.file.recorder);
  walker.file.addClass(collector);
  const scope: Scope = { kind: "class", facts: walker.file.factsOf(block.id), classFacts: collector, annotations: collector.annotations };
  visitDecorators(decorators, scope, walker);
  for (const argument of node.childForFieldName("superclasses")?.namedChildren ?? []) {
    if (!argument) continue;
    const base = argument.type === "keyword_argument" ? undefined : baseName(argument);
    if (!base) {
      walker.visit(argument, scope);
      continue;
    }
    bases.push(base);
    for (const reference of typeReferences(argument)) walker.file.reference(scope, reference);
  }
  walker.visit(node.childForFieldName("body"), scope);
}

/**
 * A `def`/`class` (possibly decorated) that is a block of its own: its decorators, header and body
 * are walked in a new scope; a method is added to its class's members. A definition that is not a
 * block (a syntax error cost it its name) stays text of the enclosing block.
 */
export function visitDefinition(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const definition = node.type === "decorated_definition" ? node.childForFieldName("definition") : node;
  const block = definition ? walker.blockAt(node.startIndex) : undefined;
  if (!definition || !block) {
    visitChildren(walker, node, scope);
    return;
  }
  // A definition of the module or a member of a class is logged, or replayed from the log of the
  // file's previous version when it did not change (see definition-log.ts).
  if (scope.kind !== "function") {
    if (replayDefinition(node, block, scope, walker)) return;
    const classFacts = scope.kind === "class" ? scope.classFacts : undefined;
    walker.beginDefinition(block.id, { text: definitionText(node, block), line: node.startPosition.row + 1, classId: classFacts?.blockId, annotations: entriesOf(classFacts), effects: [] });
  }
  const decorators = node.type !== "decorated_definition" ? [] : node.namedChildren.filter((child): child is SyntaxNode => child?.type === "decorator");
  if (definition.type === "class_definition") visitClass(definition, block, decorators, walker);
  else visitFunction(definition, block, decorators, scope, walker);
}
