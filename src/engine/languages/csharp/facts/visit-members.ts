import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { MemberFact } from "../../../graph/facts.js";
import { accessChain } from "./access-chain.js";
import { modifiersOf } from "./modifiers.js";
import { typeName } from "./type-name.js";
import { startsChain } from "./value-typings.js";
import { visitChildren } from "./visit-chain.js";
import { declareParameters } from "./visit-locals.js";
import { addTypeReferences, declaredType, visitLater, type FactWalk, type Scope, type Visit } from "./walk-state.js";

function member(
  scope: Scope,
  params: { name: SyntaxNode; kind: MemberFact["kind"]; type: SyntaxNode | null | undefined; modifiers: Set<string>; value?: SyntaxNode | null },
): MemberFact {
  const { name, kind, type, modifiers, value } = params;
  const fact: MemberFact = { name: name.text, kind, line: name.startPosition.row + 1 };
  const declared = declaredType(scope, type);
  if (declared) fact.type = declared;
  else if (value && startsChain(value)) {
    const path = accessChain(value).path;
    if (path) fact.value = path;
  }
  if (modifiers.has("static") || modifiers.has("const")) fact.isStatic = true;
  if (modifiers.has("override")) fact.isOverride = true;
  return fact;
}

function addMember(scope: Scope, fact: MemberFact): void {
  scope.owner?.fact.members.push(fact);
}

/** `private readonly T _a = v, _b;` and `event Action E;`: fields with their declared type; initializers are class-block code. */
export function visitField(walk: FactWalk, visit: Visit): void {
  const { node, scope } = visit;
  const modifiers = modifiersOf(node);
  for (const child of node.namedChildren) {
    if (!child || child.type === "modifier") continue;
    if (child.type !== "variable_declaration") {
      visitLater(walk, child, scope);
      continue;
    }
    const type = child.childForFieldName("type");
    addTypeReferences(scope, type);
    for (const declarator of child.namedChildren) {
      if (declarator?.type !== "variable_declarator") continue;
      const name = declarator.childForFieldName("name");
      const value = declarator.namedChildren.find((part) => part && part.id !== name?.id && part.type !== "bracketed_argument_list");
      if (name) addMember(scope, member(scope, { name, kind: "field", type, modifiers, value }));
      visitLater(walk, value, scope, typeName(type));
    }
  }
}

/**
 * A property (auto, with accessor bodies, or `=> expr`) or an event with accessors: a member with
 * its declared type. Properties are not blocks in C#: their accessor bodies are class-block code.
 */
export function visitProperty(walk: FactWalk, visit: Visit): void {
  const { node, scope } = visit;
  const name = node.childForFieldName("name");
  const type = node.childForFieldName("type");
  const value = node.childForFieldName("value");
  const initializer = value?.type === "arrow_expression_clause" ? undefined : value;
  if (!name) {
    visitChildren(walk, visit);
    return;
  }
  const kind = node.type === "event_declaration" ? "field" : "property";
  addMember(scope, member(scope, { name, kind, type, modifiers: modifiersOf(node), value: initializer }));
  addTypeReferences(scope, type);
  for (const child of node.namedChildren) {
    if (!child || child.id === name.id || child.id === type?.id || child.type === "modifier") continue;
    if (child.type === "explicit_interface_specifier") addTypeReferences(scope, child);
    else visitLater(walk, child, scope, child.id === initializer?.id ? typeName(type) : undefined);
  }
}

/** `public T this[int i] { get … }`: the indexer's parameters are names of the class block. */
export function visitIndexer(walk: FactWalk, { node, scope }: Visit): void {
  const type = node.childForFieldName("type");
  addTypeReferences(scope, type);
  for (const child of node.namedChildren) {
    if (!child || child.id === type?.id || child.type === "modifier") continue;
    if (child.type === "bracketed_parameter_list") declareParameters(walk, scope, child);
    else if (child.type === "explicit_interface_specifier") addTypeReferences(scope, child);
    else visitLater(walk, child, scope);
  }
}

/** `delegate R D(P p);`: only type references (a delegate is no block and declares no names). */
export function visitDelegate(walk: FactWalk, { node, scope }: Visit): void {
  addTypeReferences(scope, node.childForFieldName("type"));
  const parameters = node.childForFieldName("parameters");
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter?.type === "parameter") addTypeReferences(scope, parameter.childForFieldName("type"));
  }
  for (const child of node.namedChildren) if (child?.type === "attribute_list") visitLater(walk, child, scope);
}
