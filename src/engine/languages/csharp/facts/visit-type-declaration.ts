import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { ClassFact, MemberFact } from "../../../graph/facts.js";
import { withTypeParameters } from "./modifiers.js";
import { nameParts } from "./type-name.js";
import { visitChildren } from "./visit-chain.js";
import { addTypeReferences, childScope, declaredType, visitLater, type ClassScope, type FactWalk, type Scope, type Visit } from "./walk-state.js";

/** `: Base<Order>, IComparable<T>` → bases `Base`, `IComparable`; `record R(…) : Base(x)` passes `x` on. */
function visitBaseList(walk: FactWalk, scope: Scope, fact: ClassFact, list: SyntaxNode): void {
  for (const entry of list.namedChildren) {
    if (!entry) continue;
    const type = entry.type === "primary_constructor_base_type" ? entry.childForFieldName("type") : entry;
    const parts = type ? nameParts(type) : undefined;
    if (parts) fact.bases.push(parts.join("."));
    addTypeReferences(scope, type);
    if (entry.id !== type?.id) for (const child of entry.namedChildren) if (child && child.id !== type?.id) visitLater(walk, child, scope);
  }
}

/** Primary constructor parameters: properties of a record, captured fields of a class or struct. */
function visitPrimaryConstructor(walk: FactWalk, params: { owner: ClassScope; scope: Scope; list: SyntaxNode; record: boolean }): void {
  const { owner, scope, list, record } = params;
  for (const parameter of list.namedChildren) {
    if (parameter?.type !== "parameter") continue;
    const type = parameter.childForFieldName("type");
    const name = parameter.childForFieldName("name");
    addTypeReferences(scope, type);
    if (!name) continue;
    const member: MemberFact = { name: name.text, kind: record ? "property" : "field", line: name.startPosition.row + 1 };
    const declared = declaredType(scope, type);
    if (declared) member.type = declared;
    owner.fact.members.push(member);
    if (type) owner.memberTypes.set(name.text, type);
    for (const child of parameter.namedChildren) {
      if (child && child.id !== type?.id && child.id !== name.id && child.type !== "modifier") visitLater(walk, child, scope);
    }
  }
}

/** Enum members are static fields of the enum (`OrderStatus.Pending` uses `OrderStatus`). */
function visitEnumMembers(walk: FactWalk, scope: Scope, fact: ClassFact, list: SyntaxNode): void {
  for (const member of list.namedChildren) {
    if (member?.type !== "enum_member_declaration") continue;
    const name = member.childForFieldName("name");
    if (name) fact.members.push({ name: name.text, kind: "field", isStatic: true, line: name.startPosition.row + 1 });
    for (const child of member.namedChildren) if (child && child.id !== name?.id) visitLater(walk, child, scope);
  }
}

/** Declared types of fields and properties, known before any method body is walked. */
function collectMemberTypes(body: SyntaxNode, into: Map<string, SyntaxNode>): void {
  for (const member of body.namedChildren) {
    if (!member) continue;
    if (member.type === "preproc_if" || member.type === "preproc_elif" || member.type === "preproc_else" || member.type === "ERROR") {
      collectMemberTypes(member, into);
    } else if (member.type === "property_declaration" || member.type === "event_declaration") {
      const name = member.childForFieldName("name");
      const type = member.childForFieldName("type");
      if (name && type) into.set(name.text, type);
    } else if (member.type === "field_declaration" || member.type === "event_field_declaration") {
      const declaration = member.namedChildren.find((child) => child?.type === "variable_declaration");
      const type = declaration?.childForFieldName("type");
      for (const declarator of declaration?.namedChildren ?? []) {
        const name = declarator?.type === "variable_declarator" ? declarator.childForFieldName("name") : null;
        if (name && type) into.set(name.text, type);
      }
    }
  }
}

/**
 * A class, struct, record, interface or enum: a ClassFact (namespace = the enclosing namespace,
 * or `Ns.Outer` for a nested type) whose header (attributes, bases, constraints) is part of its
 * block, and whose body is walked in the class's scope.
 */
export function visitTypeDeclaration(walk: FactWalk, visit: Visit): void {
  const { node, scope } = visit;
  const block = walk.blocks.at(node);
  if (!block) {
    visitChildren(walk, visit);
    return;
  }
  const namespace = scope.owner ? scope.owner.nestedNamespace : scope.namespace;
  const fact: ClassFact = { blockId: block.id, name: block.name, bases: [], members: [], namespace };
  walk.facts.classes.push(fact);
  const owner: ClassScope = { fact, memberTypes: new Map(), nestedNamespace: namespace ? `${namespace}.${block.name}` : block.name };
  const inner = childScope(scope, {
    facts: walk.blocks.factsOf(block),
    kind: "class",
    typeParameters: withTypeParameters(scope.typeParameters, node),
    owner,
    names: new Set(["value"]),
  });
  const body = node.childForFieldName("body");
  if (body) collectMemberTypes(body, owner.memberTypes);
  for (const child of node.namedChildren) {
    if (!child || child.type === "modifier" || child.type === "type_parameter_list" || child.type === "identifier") continue;
    if (child.type === "base_list") visitBaseList(walk, inner, fact, child);
    else if (child.type === "parameter_list") visitPrimaryConstructor(walk, { owner, scope: inner, list: child, record: node.type === "record_declaration" });
    else if (child.type === "enum_member_declaration_list") visitEnumMembers(walk, inner, fact, child);
    else visitLater(walk, child, inner);
  }
}
