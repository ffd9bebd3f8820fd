import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { MemberFact } from "../../../graph/facts.js";
import { modifiersOf, withTypeParameters } from "./modifiers.js";
import { visitChildren } from "./visit-chain.js";
import { declareParameters } from "./visit-locals.js";
import { addReference, addTypeReferences, childScope, declaredType, visitLater, type FactWalk, type Scope, type Visit } from "./walk-state.js";

/** `: this(…)` calls a sibling constructor, `: base(…)` the base class's. */
function visitConstructorInitializer(walk: FactWalk, scope: Scope, initializer: SyntaxNode): void {
  const target = initializer.children.find((child) => child?.type === "this" || child?.type === "base");
  if (target) {
    const name = target.type === "this" ? "this" : "super";
    addReference(scope, { kind: "expression", path: [{ name, call: true }], line: target.startPosition.row + 1 });
  }
  for (const child of initializer.namedChildren) visitLater(walk, child, scope);
}

function memberKind(node: SyntaxNode): MemberFact["kind"] {
  return node.type === "constructor_declaration" ? "constructor" : "method";
}

/**
 * A method, constructor, destructor, operator or local function: a block of its own, with its
 * parameters as locals, its declared return type and `async`; a member of the enclosing class
 * (local functions are not members).
 */
export function visitCallable(walk: FactWalk, visit: Visit): void {
  const { node, scope } = visit;
  const block = walk.blocks.at(node);
  if (!block) {
    visitChildren(walk, visit);
    return;
  }
  const modifiers = modifiersOf(node);
  const returnType = node.type === "constructor_declaration" ? null : (node.childForFieldName("returns") ?? node.childForFieldName("type"));
  const inner = childScope(scope, {
    facts: walk.blocks.factsOf(block),
    kind: "callable",
    typeParameters: withTypeParameters(scope.typeParameters, node),
  });
  const returns = declaredType(inner, returnType);
  if (returns) {
    inner.returns = returns;
    inner.facts.returns = returns;
  }
  if (modifiers.has("async")) inner.facts.isAsync = true;
  if (scope.owner && node.type !== "local_function_statement") {
    const member: MemberFact = { name: block.name, kind: memberKind(node), blockId: block.id, line: block.span.startLine };
    if (modifiers.has("static")) member.isStatic = true;
    if (modifiers.has("override")) member.isOverride = true;
    scope.owner.fact.members.push(member);
  }
  for (const child of node.namedChildren) {
    if (!child || child.type === "modifier" || child.type === "type_parameter_list") continue;
    if (child.id === returnType?.id) addTypeReferences(inner, child);
    else if (child.type === "parameter_list") declareParameters(walk, inner, child);
    else if (child.type === "constructor_initializer") visitConstructorInitializer(walk, inner, child);
    else if (child.type === "explicit_interface_specifier") addTypeReferences(inner, child);
    else if (child.type !== "identifier") visitLater(walk, child, inner);
  }
}
