import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { assertedType, valuePaths } from "./access-chain.js";
import type { ClassCollector } from "./class-collector.js";
import { preferredValue } from "./file-collector.js";
import { memberName } from "../member-name.js";
import { withTypeParams, type Scope } from "./scope.js";
import { typeParameterNames } from "./type-parameters.js";
import { baseName, elementType, declaredType } from "./type-name.js";
import { addReference, hasToken, lineOf, type Walker } from "./walker.js";

const FUNCTION_VALUES: ReadonlySet<string> = new Set(["arrow_function", "function_expression", "function", "generator_function"]);

/** `extends B.C<T>` / `implements I` / an interface's `extends X`: a base, and a type reference to it. */
export function addBase(node: SyntaxNode, scope: Scope, walker: Walker, collector: ClassCollector | undefined): void {
  const name = baseName(node);
  if (!name) {
    walker.visit(node, scope);
    return;
  }
  collector?.bases.push(name);
  const nameNode = node.type === "generic_type" ? node.childForFieldName("name") : node;
  if (nameNode?.type === "identifier" || nameNode?.type === "member_expression") {
    addReference(scope, { kind: "type", path: name.split(".").map((part) => ({ name: part })), line: lineOf(node) });
  } else {
    walker.visit(nameNode, scope);
  }
  if (node.type === "generic_type") walker.visit(node.childForFieldName("type_arguments"), scope);
}

function visitHeritage(heritage: SyntaxNode, scope: Scope, walker: Walker, collector: ClassCollector | undefined): void {
  for (const clause of heritage.namedChildren) {
    if (!clause) continue;
    if (clause.type === "extends_clause") {
      const value = clause.childForFieldName("value");
      if (value) addBase(value, scope, walker, collector);
      walker.visit(clause.childForFieldName("type_arguments"), scope);
    } else if (clause.type === "implements_clause") {
      for (const type of clause.namedChildren) if (type && type.type !== "comment") addBase(type, scope, walker, collector);
    } else {
      // JavaScript: `class_heritage` holds the base expression itself.
      addBase(clause, scope, walker, collector);
    }
  }
}

/** A field declaration: a member of the class (when the class is a block), its type and initialiser walked in the class's text. */
function visitField(field: SyntaxNode, scope: Scope, walker: Walker, collector: ClassCollector | undefined): void {
  for (const child of field.namedChildren) if (child?.type === "decorator") walker.visit(child, scope);
  const nameNode = field.childForFieldName("name") ?? field.childForFieldName("property");
  if (nameNode?.type === "computed_property_name") walker.visit(nameNode, scope);
  const typeNode = field.childForFieldName("type");
  const valueNode = field.childForFieldName("value");
  walker.visit(typeNode, scope);
  walker.visit(valueNode, scope);
  const name = memberName(nameNode);
  if (!collector || !name) return;
  const isFunction = valueNode !== null && FUNCTION_VALUES.has(valueNode.type);
  const type = declaredType(typeNode) ?? declaredType(assertedType(valueNode));
  const value = isFunction ? undefined : preferredValue(valuePaths(valueNode));
  const element = elementType(typeNode);
  if (element) collector.elementTypes.set(name, element);
  const isStatic = hasToken(field, "static");
  collector.addField(0, { name, kind: "field", ...(type && { type }), ...(value && { value }), ...(isStatic && { isStatic }), line: lineOf(field) });
}

const FIELDS: ReadonlySet<string> = new Set(["public_field_definition", "field_definition"]);
const METHODS: ReadonlySet<string> = new Set(["method_definition", "method_signature", "abstract_method_signature"]);

/**
 * A class declaration or expression. As the definition of the scope's class block it gets its
 * bases and fields recorded (methods add themselves when their blocks are entered); a class that
 * is no block is walked as text of the enclosing block.
 */
export function visitClass(node: SyntaxNode, scope: Scope, walker: Walker): void {
  const own = walker.claims(node, scope);
  const collector = own ? scope.classCollector : undefined;
  const inner = withTypeParams(scope, typeParameterNames(node));
  for (const child of node.namedChildren) if (child?.type === "decorator") walker.visit(child, scope);
  walker.visit(node.childForFieldName("type_parameters"), inner);
  for (const child of node.namedChildren) if (child?.type === "class_heritage") visitHeritage(child, inner, walker, collector);
  for (const member of node.childForFieldName("body")?.namedChildren ?? []) {
    if (!member || member.type === "comment") continue;
    if (FIELDS.has(member.type)) visitField(member, inner, walker, collector);
    else if (collector && METHODS.has(member.type)) walker.visitMember(member, inner);
    else walker.visit(member, inner);
  }
}
