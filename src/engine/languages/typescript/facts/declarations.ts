import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { memberName } from "../member-name.js";
import type { ClassCollector } from "./class-collector.js";
import { addBase } from "./classes.js";
import { withTypeParams, type Scope } from "./scope.js";
import { typeParameterNames } from "./type-parameters.js";
import { elementType, declaredType } from "./type-name.js";
import { lineOf, visitChildren, type Walker } from "./walker.js";

/** `a: Foo` in an interface or object type: a field; `m(): T` that is no block of its own: a method without one. */
function addSignatureMember(member: SyntaxNode, collector: ClassCollector): void {
  const name = memberName(member.childForFieldName("name"));
  if (!name) return;
  if (member.type === "property_signature") {
    const typeNode = member.childForFieldName("type");
    const type = declaredType(typeNode);
    const element = elementType(typeNode);
    if (element) collector.elementTypes.set(name, element);
    collector.addField(0, { name, kind: "field", ...(type && { type }), line: lineOf(member) });
  } else if (member.type === "method_signature" && !collector.hasMember(name)) {
    collector.addMember({ name, kind: "method", line: lineOf(member) });
  }
}

/** The members of an interface body or object type; method signatures that are blocks add themselves. */
function visitObjectType(body: SyntaxNode, scope: Scope, walker: Walker, collector: ClassCollector | undefined): void {
  for (const member of body.namedChildren) {
    if (!member || member.type === "comment") continue;
    if (collector && member.type === "property_signature") addSignatureMember(member, collector);
    walker.visit(member, scope);
  }
}

/** An interface: its `extends` list are bases, its property signatures fields, its method signatures blocks. */
export function visitInterface(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const collector = walker.claims(node, scope) ? scope.classCollector : undefined;
  const inner = withTypeParams(scope, typeParameterNames(node));
  walker.visit(node.childForFieldName("type_parameters"), inner);
  for (const child of node.namedChildren) {
    if (child?.type !== "extends_type_clause") continue;
    for (const type of child.namedChildren) if (type && type.type !== "comment") addBase(type, inner, walker, collector);
  }
  const body = node.childForFieldName("body");
  if (body) visitObjectType(body, inner, walker, collector);
}

/**
 * `type T = …`: as a class-like block, `A & B & { x: C }` has bases A, B and field x, and an alias
 * `type T = A<X>` has base A, so members are found through them; unions name no single class.
 */
export function visitTypeAlias(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const collector = walker.claims(node, scope) ? scope.classCollector : undefined;
  const inner = withTypeParams(scope, typeParameterNames(node));
  walker.visit(node.childForFieldName("type_parameters"), inner);
  const value = node.childForFieldName("value");
  if (!value) return;
  const parts = value.type === "intersection_type" ? value.namedChildren : [value];
  for (const part of parts) {
    if (!part || part.type === "comment") continue;
    if (part.type === "object_type") {
      if (collector) for (const member of part.namedChildren) if (member) addSignatureMember(member, collector);
      walker.visit(part, inner);
    } else if (collector && ["type_identifier", "nested_type_identifier", "generic_type"].includes(part.type)) {
      addBase(part, inner, walker, collector);
    } else {
      walker.visit(part, inner);
    }
  }
}

/** An enum's members are static fields of the enum. */
export function visitEnum(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const collector = walker.claims(node, scope) ? scope.classCollector : undefined;
  for (const member of node.childForFieldName("body")?.namedChildren ?? []) {
    if (!member || member.type === "comment") continue;
    const nameNode = member.type === "enum_assignment" ? member.childForFieldName("name") : member;
    const name = memberName(nameNode);
    if (collector && name) collector.addField(0, { name, kind: "field", isStatic: true, line: lineOf(member) });
    if (member.type === "enum_assignment") walker.visit(member.childForFieldName("value"), scope);
  }
}

/** `namespace N { … }` / `declare module "m" { … }`: a class block whose statements are read as a file's. */
export function visitNamespace(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const body = node.childForFieldName("body");
  if (walker.claims(node, scope)) scope.kind = "namespace";
  walker.visit(body, scope);
}

/** `declare …`: the declaration inside; `declare global { … }` is a namespace named `global`. */
export function visitAmbient(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const inner = node.firstNamedChild;
  if (inner?.type === "statement_block" && walker.claims(inner, scope)) scope.kind = "namespace";
  visitChildren(walker, node, scope);
}
