import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { MemberFact } from "../../../graph/facts.js";
import type { Block } from "../../../model/block.js";
import { valuePaths } from "./access-chain.js";
import { bind, bindPattern } from "./bind.js";
import { preferredValue } from "./file-collector.js";
import { withTypeParams, type Scope } from "./scope.js";
import { typeParameterNames } from "./type-parameters.js";
import { elementType, declaredType } from "./type-name.js";
import { hasToken, lineOf, type Walker } from "./walker.js";

/** TS parameters with a declared type; `accessibility`/`readonly` make them parameter properties. */
const TYPED_PARAMETERS: ReadonlySet<string> = new Set(["required_parameter", "optional_parameter"]);

function isParameterProperty(parameter: SyntaxNode): boolean {
  return parameter.children.some(
    (child) => child !== null && (child.type === "accessibility_modifier" || child.type === "override_modifier" || child.type === "readonly"),
  );
}

/** A constructor's parameter property (`private readonly loader: ConfigLoader`) is a field of its class. */
function addParameterProperty(parameter: SyntaxNode, scope: Scope, name: string, line: number): void {
  const block = scope.block;
  if (block?.kind !== "constructor" || !scope.classCollector) return;
  const typeNode = parameter.childForFieldName("type");
  const type = declaredType(typeNode);
  const value = preferredValue(valuePaths(parameter.childForFieldName("value")));
  const element = elementType(typeNode);
  if (element) scope.classCollector.elementTypes.set(name, element);
  scope.classCollector.addField(0, { name, kind: "field", ...(type && { type }), ...(value && { value }), definedIn: block.id, line });
}

function bindParameter(parameter: SyntaxNode, scope: Scope, walker: Walker, ownConstructor: boolean): void {
  if (!TYPED_PARAMETERS.has(parameter.type)) {
    bindPattern(parameter, scope, walker);
    return;
  }
  for (const child of parameter.namedChildren) if (child?.type === "decorator") walker.visit(child, scope);
  const pattern = parameter.childForFieldName("pattern");
  const typeNode = parameter.childForFieldName("type");
  const value = parameter.childForFieldName("value");
  walker.visit(typeNode, scope);
  walker.visit(value, scope);
  if (pattern?.type !== "identifier") {
    bindPattern(pattern, scope, walker);
    return;
  }
  const type = declaredType(typeNode);
  const line = lineOf(pattern);
  bind(scope, walker, pattern.text, { ...(type && { type }), values: valuePaths(value) }, line);
  const element = elementType(typeNode);
  if (element) scope.elementTypes?.set(pattern.text, element);
  if (ownConstructor && isParameterProperty(parameter)) addParameterProperty(parameter, scope, pattern.text, line);
}

/** Binds a function's parameters as locals of `scope` and walks their types and default values. */
export function bindParameters(node: SyntaxNode, scope: Scope, walker: Walker, ownConstructor: boolean): void {
  const single = node.childForFieldName("parameter");
  if (single) bindPattern(single, scope, walker);
  for (const parameter of node.childForFieldName("parameters")?.namedChildren ?? []) {
    if (parameter && parameter.type !== "comment") bindParameter(parameter, scope, walker, ownConstructor);
  }
}

/** The scope a callback's text is walked in: its enclosing block's, marked when that block is no function. */
export function callbackScope(scope: Scope): Scope {
  return scope.kind === "function" || scope.callback ? scope : { ...scope, callback: true };
}

function recordSignature(node: SyntaxNode, block: Block, scope: Scope): void {
  const facts = scope.facts;
  if (facts && hasToken(node, "async")) facts.isAsync = true;
  const returns = declaredType(node.childForFieldName("return_type"));
  if (facts && returns) facts.returns = returns;
  const member: MemberFact | undefined = scope.classCollector?.memberOf(block.id);
  if (member && hasToken(node, "static")) member.isStatic = true;
}

/**
 * A function, arrow function, method, accessor or signature. When it is the definition of the
 * scope's block, its parameters become the block's locals and its return type and `async` are
 * recorded; otherwise it is a callback whose text (parameters included) belongs to the enclosing block.
 */
export function visitFunction(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const own = walker.claims(node, scope);
  const block = own ? scope.block : undefined;
  if (block) recordSignature(node, block, scope);
  for (const child of node.namedChildren) if (child?.type === "decorator") walker.visit(child, scope);
  const inner = withTypeParams(own ? scope : callbackScope(scope), typeParameterNames(node));
  walker.visit(node.childForFieldName("type_parameters"), inner);
  const name = node.childForFieldName("name");
  if (name?.type === "computed_property_name") walker.visit(name, scope);
  bindParameters(node, inner, walker, block?.kind === "constructor");
  walker.visit(node.childForFieldName("return_type"), inner);
  walker.visit(node.childForFieldName("body"), inner);
}
